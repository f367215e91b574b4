// libFuzzer entry (clang -fsanitize=fuzzer): build with -DSOURCEDESK_FUZZ=ON for coverage of the library.
#include "SrFuzzDecode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sd::sr::fuzz::decodeOne(data, size);
}
