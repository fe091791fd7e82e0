// Writing an output file whole or not at all (cli.md): temporary file, then rename;
// devices, FIFOs and terminals are written into, never renamed over.
#pragma once

#include <filesystem>
#include <string_view>

namespace galley::detail {

/// Writes `bytes` to `target` through a temporary file in the same folder, renamed
/// over the target only when everything was written. On failure the target is
/// untouched, the temporary file is removed, and galley::Error(ExportFailed) is thrown.
/// Parent folders are created. The file gets 0666 less the process umask.
/// A symbolic link to a regular file is followed: the file is replaced, the link stays.
/// A target that exists and is not a regular file (device, FIFO, terminal) is opened
/// and written into directly; a folder is an error.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace galley::detail
