// Debian's static libxml2 (linked into the static release build for Foundation's
// XMLParser, which reads feeds) calls seven ICU converter functions of ICU 72. Linking
// Debian's ICU for them adds its 30 MB data library, although Foundation already
// carries ICU and its data under `swift_`-prefixed names. These forwarders send
// libxml2's calls to Foundation's copy. Only in release builds on Linux (the static
// link); debug builds link libxml2 and ICU dynamically and do not compile them.
#include "XMLICUBridge.h"
#include <stdint.h>

int xml_icu_bridge_linked(void) { return 1; }

#ifdef BYLINE_XML_ICU_BRIDGE
typedef struct UConverter UConverter;
typedef int UErrorCode;
typedef uint16_t UChar;
typedef int8_t UBool;
typedef void (*Callback)(void);

extern UConverter *swift_ucnv_open(const char *name, UErrorCode *err);
extern void swift_ucnv_close(UConverter *cnv);
extern void swift_ucnv_convertEx(UConverter *targetCnv, UConverter *sourceCnv, char **target, const char *targetLimit,
                                 const char **source, const char *sourceLimit, UChar *pivotStart, UChar **pivotSource,
                                 UChar **pivotTarget, const UChar *pivotLimit, UBool reset, UBool flush, UErrorCode *err);
extern void swift_ucnv_setToUCallBack(UConverter *cnv, Callback action, const void *context, Callback *oldAction,
                                      const void **oldContext, UErrorCode *err);
extern void swift_ucnv_setFromUCallBack(UConverter *cnv, Callback action, const void *context, Callback *oldAction,
                                        const void **oldContext, UErrorCode *err);
extern void swift_UCNV_FROM_U_CALLBACK_STOP(const void *context, void *args, const UChar *codeUnits, int32_t length,
                                            int32_t codePoint, int reason, UErrorCode *err);
extern void swift_UCNV_TO_U_CALLBACK_STOP(const void *context, void *args, const char *codeUnits, int32_t length,
                                          int reason, UErrorCode *err);

UConverter *ucnv_open_72(const char *name, UErrorCode *err) { return swift_ucnv_open(name, err); }
void ucnv_close_72(UConverter *cnv) { swift_ucnv_close(cnv); }
void ucnv_convertEx_72(UConverter *targetCnv, UConverter *sourceCnv, char **target, const char *targetLimit,
                       const char **source, const char *sourceLimit, UChar *pivotStart, UChar **pivotSource,
                       UChar **pivotTarget, const UChar *pivotLimit, UBool reset, UBool flush, UErrorCode *err) {
    swift_ucnv_convertEx(targetCnv, sourceCnv, target, targetLimit, source, sourceLimit, pivotStart, pivotSource,
                         pivotTarget, pivotLimit, reset, flush, err);
}
void ucnv_setToUCallBack_72(UConverter *cnv, Callback action, const void *context, Callback *oldAction,
                            const void **oldContext, UErrorCode *err) {
    swift_ucnv_setToUCallBack(cnv, action, context, oldAction, oldContext, err);
}
void ucnv_setFromUCallBack_72(UConverter *cnv, Callback action, const void *context, Callback *oldAction,
                              const void **oldContext, UErrorCode *err) {
    swift_ucnv_setFromUCallBack(cnv, action, context, oldAction, oldContext, err);
}
void UCNV_FROM_U_CALLBACK_STOP_72(const void *context, void *args, const UChar *codeUnits, int32_t length,
                                  int32_t codePoint, int reason, UErrorCode *err) {
    swift_UCNV_FROM_U_CALLBACK_STOP(context, args, codeUnits, length, codePoint, reason, err);
}
void UCNV_TO_U_CALLBACK_STOP_72(const void *context, void *args, const char *codeUnits, int32_t length, int reason,
                                UErrorCode *err) {
    swift_UCNV_TO_U_CALLBACK_STOP(context, args, codeUnits, length, reason, err);
}
#endif
