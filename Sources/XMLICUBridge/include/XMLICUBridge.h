// See bridge.c: nothing to call from Swift; the target only supplies symbols to the
// static release link.
#ifndef XML_ICU_BRIDGE_H
#define XML_ICU_BRIDGE_H
int xml_icu_bridge_linked(void);
#endif
