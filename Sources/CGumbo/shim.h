// gumbo, Google's HTML5 parser (Debian libgumbo-dev): BylineWeb's only HTML tokenizer.
#include <gumbo.h>
