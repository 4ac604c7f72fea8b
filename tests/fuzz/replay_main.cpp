// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target over files, once each, without libFuzzer: the kept corpus (every input that
// found new coverage, and every former finding) replayed in the ordinary build, under its
// sanitizers when it has them. Arguments: files or folders (every regular file in them).
// Exit: 0 when every input ran; 1 when an argument cannot be read. A finding crashes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    // A buffer exactly as long as the input: reading past it is a finding.
    const std::vector<uint8_t> input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int ran = 0;
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(arg, ec)) {
            for (const auto &entry : std::filesystem::directory_iterator(arg, ec)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
        } else {
            files.push_back(arg);
        }
        if (ec) {
            std::fprintf(stderr, "%s: %s\n", argv[i], ec.message().c_str());
            status = 1;
            continue;
        }
        for (const auto &file : files) {
            if (!runFile(file)) {
                std::fprintf(stderr, "%s: cannot be read\n", file.c_str());
                status = 1;
                continue;
            }
            ++ran;
        }
    }
    std::printf("%d inputs ran\n", ran);
    return status;
}
