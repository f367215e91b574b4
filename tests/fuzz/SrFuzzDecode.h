#pragma once
// One entry point for fuzzing the decoding of SmartRecruiters answers, shared by the libFuzzer
// target (clang) and the deterministic driver that CTest runs everywhere.
#include <cstddef>
#include <cstdint>

namespace sd::sr::fuzz {

// Feeds one input through every answer decoder. The first byte picks the HTTP status; the rest
// is the body (also tried as a Link header). Must never crash, hang or leak a secret it was given.
int decodeOne(const std::uint8_t *data, std::size_t size);

} // namespace sd::sr::fuzz
