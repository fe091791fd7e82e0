// A subject's QCode as the URI of its IPTC NewsCodes concept.
#pragma once

#include <string>
#include <string_view>

namespace galley::ninjs {

/// "medtop:04000000" -> "http://cv.iptc.org/newscodes/mediatopic/04000000" for the IPTC
/// schemes a subject uses (medtop, subj, genre, scn, ...); an http(s) code unchanged;
/// empty for anything else (the caller keeps it as a literal).
std::string qcode_uri(std::string_view code);

}  // namespace galley::ninjs
