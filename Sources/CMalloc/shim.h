// glibc's allocator controls (mallopt, malloc_trim), which the Glibc module does not
// export; read by BylineKit's MemoryBudget on Linux only. Nothing to link: they are libc's.
#include <malloc.h>
