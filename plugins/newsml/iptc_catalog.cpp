// The IPTC G2 standards catalog (v41) the item refers to, and which scheme aliases it
// declares: a qcode whose alias no catalog of the item declares cannot be resolved by a
// receiver, and the schema does not catch it (check-qcodes does).
#include "iptc_catalog.hpp"

#include <algorithm>
#include <array>

namespace galley::newsml {

namespace {
// Every <scheme alias> of catalog.IPTC-G2-Standards_41.xml (iptc/catalog 267a08e0) that
// is not retired, sorted for binary search (bytewise, as std::string_view compares).
// The test suite checks every alias of the kit's copy of the catalog against it.
constexpr std::array<std::string_view, 145> declared_aliases = {
    "a1312cat",
    "a1312prio",
    "a1312svc",
    "a1312vers",
    "acdc",
    "altidrole",
    "aoprop",
    "app",
    "aspfacet",
    "aspfacetvalue",
    "authoritystatus",
    "bcp47",
    "catinat",
    "chprop",
    "cinat",
    "ciprol",
    "colin",
    "colsp",
    "conf",
    "cpnat",
    "cpprole",
    "cptdefrole",
    "cptnoterole",
    "crel",
    "ctech",
    "cusip",
    "cwarn",
    "dbpedia",
    "digsrctype",
    "dimensionunit",
    "drol",
    "dummy",
    "ecirol",
    "edconf",
    "ednoterole",
    "encd",
    "entityprop",
    "eocstat",
    "eorol",
    "eprol",
    "eregrol",
    "erol",
    "figi",
    "fisymtype",
    "freebase",
    "frmt",
    "gen",
    "genre",
    "geonames",
    "geonameshttps",
    "gics",
    "googletopicsv1",
    "googletopicsv2",
    "hashscope",
    "hashtype",
    "hatarget",
    "hopaction",
    "howextr",
    "howpr",
    "iabadproduct10",
    "iabadproduct20",
    "iabaudience10",
    "iabcontent20",
    "iabcontent21",
    "iabcontent22",
    "iabcontent30",
    "ikos",
    "imgregrole",
    "imgregtype",
    "impt",
    "irel",
    "irep",
    "isin",
    "iso3166-1a2",
    "iso3166-1a3",
    "iso3166-2",
    "iso4217a",
    "iso4217n",
    "ivqu",
    "lbtyp",
    "loctyp",
    "loutorient",
    "lrol",
    "mb-artist",
    "mb-label",
    "mb-recording",
    "mb-release",
    "mb-releasegroup",
    "mb-work",
    "medtop",
    "medtype",
    "mic",
    "mtyp",
    "ncostat",
    "ninat",
    "nityp",
    "nmsig",
    "not",
    "nprod",
    "nprov",
    "nprt",
    "nrol",
    "oito",
    "parasport",
    "pgrmod",
    "plinat",
    "plus",
    "prio",
    "prodgenre",
    "prop",
    "prov",
    "pst1",
    "rcalctype",
    "rel",
    "riaspect",
    "rightsprop",
    "riscope",
    "rnd",
    "role1",
    "rscaleunit",
    "rtype",
    "scn",
    "secst",
    "sedol",
    "sev",
    "sig",
    "skos",
    "sov",
    "squ",
    "stat",
    "subj",
    "ticker",
    "tidm",
    "timeunit",
    "tone",
    "tpctyp",
    "trustindicator",
    "urgy",
    "useracttype",
    "valfmt",
    "vcdc",
    "videodef",
    "why",
    "wikidata",
    "wldreg",
};

// Declared by v41 but carrying schemeretired: receivers may no longer accept them.
constexpr std::array<std::string_view, 2> retired_aliases = {"ctrol", "isrol"};

static_assert(std::is_sorted(declared_aliases.begin(), declared_aliases.end()));
static_assert(std::is_sorted(retired_aliases.begin(), retired_aliases.end()));

bool contains(const auto& sorted, std::string_view alias) {
    return std::binary_search(sorted.begin(), sorted.end(), alias);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

CodeKind classify_code(std::string_view code) {
    if (code.rfind("http://", 0) == 0 || code.rfind("https://", 0) == 0) {
        return std::none_of(code.begin(), code.end(), is_space) ? CodeKind::Uri
                                                                : CodeKind::Malformed;
    }
    // QCodeType: [^\s:]+:[^\s]+
    auto colon = code.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == code.size() ||
        std::any_of(code.begin(), code.end(), is_space)) {
        return CodeKind::Malformed;
    }
    std::string_view alias = code.substr(0, colon);
    if (contains(declared_aliases, alias)) {
        return CodeKind::QCode;
    }
    return contains(retired_aliases, alias) ? CodeKind::Retired : CodeKind::Undeclared;
}

}  // namespace galley::newsml
