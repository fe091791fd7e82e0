// Symbol visibility for the galley core library.
#pragma once

#if defined(GALLEY_CORE_BUILDING) || !defined(_WIN32)
#define GALLEY_API __attribute__((visibility("default")))
#else
#define GALLEY_API
#endif
