// Total-fit line breaking with an active list, fitness classes and final fallback.
#include "layout/line_breaker.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace galley::pdf {

namespace {

struct Node {
    std::size_t position = 0;
    int fitness = 1;
    double total_width = 0, total_stretch = 0, total_shrink = 0;  // sums after the break
    double demerits = 0;
    float ratio = 0;
    int previous = -1;
    bool flagged = false;
    int hyphens = 0;  // consecutive lines ending in a hyphen, up to this break
    int line = 0;     // lines up to this break (counted only with a looseness)
};

constexpr int max_consecutive_hyphens = 2;

int fitness_class(double r) {
    if (r < -0.5) {
        return 0;
    }
    if (r <= 0.5) {
        return 1;
    }
    return r <= 1 ? 2 : 3;
}

class Breaker {
public:
    Breaker(const std::vector<Item>& items, const BreakOptions& options)
        : m_items(items), m_options(options) {
        const std::size_t n = items.size();
        m_width.assign(n + 1, 0);
        m_stretch.assign(n + 1, 0);
        m_shrink.assign(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const Item& it = items[i];
            const bool counts = it.kind != Item::Kind::Penalty;
            m_width[i + 1] = m_width[i] + (counts ? it.width : 0);
            m_stretch[i + 1] = m_stretch[i] + (it.kind == Item::Kind::Glue ? it.stretch : 0);
            m_shrink[i + 1] = m_shrink[i] + (it.kind == Item::Kind::Glue ? it.shrink : 0);
        }
    }

    // One pass; empty when no feasible breaks exist at this tolerance. With
    // `wanted_lines`, ways to a break with different line counts are kept apart (Knuth
    // and Plass's looseness) and the best breaking into that many lines is returned
    // (empty when there is none).
    std::vector<LineBreak> run(double tolerance, double emergency, bool final_pass,
                               int wanted_lines = 0) {
        m_count_lines = wanted_lines > 0;
        m_nodes.clear();
        m_nodes.push_back(Node{});
        std::vector<int> active{0};
        const std::size_t n = m_items.size();
        for (std::size_t i = 0; i < n; ++i) {
            const Item& it = m_items[i];
            const bool legal =
                (it.kind == Item::Kind::Penalty && it.penalty < infinite_penalty) ||
                (it.kind == Item::Kind::Glue && i > 0 && m_items[i - 1].kind == Item::Kind::Box);
            if (legal) {
                try_break(i, active, tolerance, emergency, final_pass);
                if (active.empty()) {
                    return {};
                }
            }
        }
        int best = -1;
        for (int a : active) {
            if (m_nodes[static_cast<std::size_t>(a)].position == n - 1 &&
                (best < 0 || m_nodes[static_cast<std::size_t>(a)].demerits <
                                 m_nodes[static_cast<std::size_t>(best)].demerits)) {
                best = a;
            }
        }
        if (m_count_lines) {
            best = -1;
            for (int a : active) {
                const Node& node = m_nodes[static_cast<std::size_t>(a)];
                if (node.position == n - 1 && node.line == wanted_lines &&
                    (best < 0 ||
                     node.demerits < m_nodes[static_cast<std::size_t>(best)].demerits)) {
                    best = a;
                }
            }
            if (best < 0) {
                return {};
            }
        }
        std::vector<LineBreak> breaks;
        for (int k = best; k > 0; k = m_nodes[static_cast<std::size_t>(k)].previous) {
            const Node& node = m_nodes[static_cast<std::size_t>(k)];
            breaks.push_back({node.position, node.ratio});
        }
        std::reverse(breaks.begin(), breaks.end());
        return breaks;
    }

private:
    void try_break(std::size_t i, std::vector<int>& active, double tolerance, double emergency,
                   bool final_pass) {
        const Item& it = m_items[i];
        const bool is_penalty = it.kind == Item::Kind::Penalty;
        const int penalty = is_penalty ? it.penalty : 0;
        const double penalty_width = is_penalty ? it.width : 0;
        const double target = m_options.line_width;

        // The best way to reach this break per fitness class and per count of hyphenated
        // lines just before it, so the hyphen limit never discards a better path.
        constexpr int classes = 4 * (max_consecutive_hyphens + 1);
        double best_demerits[classes];
        int best_from[classes];
        float best_ratio[classes];
        std::fill(std::begin(best_demerits), std::end(best_demerits),
                  std::numeric_limits<double>::infinity());
        std::fill(std::begin(best_from), std::end(best_from), -1);
        std::fill(std::begin(best_ratio), std::end(best_ratio), 0.0f);

        // The least bad line to here, in case the final pass would otherwise lose every
        // active node (an overfull line is better than no layout).
        double rescue_demerits = std::numeric_limits<double>::infinity();
        int rescue_from = -1;
        float rescue_ratio = 0;

        std::vector<int> kept;
        kept.reserve(active.size() + 4);
        for (int a : active) {
            const Node& from = m_nodes[static_cast<std::size_t>(a)];
            const double length = m_width[i] - from.total_width + penalty_width;
            double ratio = 0;
            if (length < target) {
                const double stretch = m_stretch[i] - from.total_stretch + emergency;
                ratio = stretch > 0 ? (target - length) / stretch
                                    : std::numeric_limits<double>::infinity();
            } else if (length > target) {
                const double shrink = m_shrink[i] - from.total_shrink;
                ratio = shrink > 0 ? (target - length) / shrink
                                   : -std::numeric_limits<double>::infinity();
            }
            const bool deactivate = ratio < -1 || penalty <= force_break;
            if (!deactivate) {
                kept.push_back(a);
            }
            int hyphens = it.flagged ? from.hyphens + 1 : 0;
            bool feasible = ratio >= -1 && (ratio <= tolerance || final_pass);
            if (hyphens > max_consecutive_hyphens) {
                feasible = feasible && final_pass;
                hyphens = max_consecutive_hyphens;
            }
            // Knuth's 100 |r|^3 and (l + b)^2, multiplied out: std::pow was a few percent
            // of breaking.
            const double r = std::abs(ratio);
            double badness = feasible ? std::min(100.0 * (r * r * r), 1e6) : 1e7;
            double demerits =
                (m_options.line_penalty + badness) * (m_options.line_penalty + badness);
            if (penalty >= 0) {
                demerits += static_cast<double>(penalty) * penalty;
            } else if (penalty > force_break) {
                demerits -= static_cast<double>(penalty) * penalty;
            }
            if (it.flagged && from.flagged) {
                demerits += m_options.double_hyphen_demerits;
            }
            if (penalty <= force_break && from.flagged) {
                demerits += m_options.final_hyphen_demerits;
            }
            if (penalty <= force_break && i + 1 == m_items.size() && length < target * 0.2) {
                demerits += m_options.short_last_line_demerits;
            }
            const double clamped = std::clamp(ratio, -1e6, 1e6);
            const int fitness = fitness_class(clamped);
            if (std::abs(fitness - from.fitness) > 1) {
                demerits += m_options.adjacent_demerits;
            }
            demerits += from.demerits;
            if (feasible && m_count_lines) {
                offer({fitness * (max_consecutive_hyphens + 1) + hyphens, from.line + 1, demerits,
                       a, static_cast<float>(clamped)});
            } else if (feasible) {
                const int slot = fitness * (max_consecutive_hyphens + 1) + hyphens;
                if (demerits < best_demerits[slot]) {
                    best_demerits[slot] = demerits;
                    best_from[slot] = a;
                    best_ratio[slot] = static_cast<float>(clamped);
                }
            } else if (final_pass && demerits < rescue_demerits) {
                rescue_demerits = demerits;
                rescue_from = a;
                rescue_ratio = static_cast<float>(std::max(clamped, -1.0));
            }
        }
        active.swap(kept);

        bool added = false;
        for (const Candidate& c : m_candidates) {
            add_node(i, c.slot / (max_consecutive_hyphens + 1), c.demerits, c.from, c.ratio,
                     active);
            added = true;
        }
        m_candidates.clear();
        for (int slot = 0; slot < classes; ++slot) {
            if (best_from[slot] >= 0) {
                add_node(i, slot / (max_consecutive_hyphens + 1), best_demerits[slot],
                         best_from[slot], best_ratio[slot], active);
                added = true;
            }
        }
        if (!added && active.empty() && rescue_from >= 0) {
            add_node(i, fitness_class(rescue_ratio), rescue_demerits, rescue_from, rescue_ratio,
                     active);
        }
    }

    void add_node(std::size_t i, int fitness, double demerits, int from, float ratio,
                  std::vector<int>& active) {
        Node node;
        node.position = i;
        node.fitness = fitness;
        node.demerits = demerits;
        node.previous = from;
        node.ratio = ratio;
        node.flagged = m_items[i].kind == Item::Kind::Penalty && m_items[i].flagged;
        const Node& before = m_nodes[static_cast<std::size_t>(from)];
        node.hyphens = node.flagged ? std::min(before.hyphens + 1, max_consecutive_hyphens) : 0;
        node.line = before.line + 1;
        // Glue and penalties after a break vanish; the next line starts at a box.
        node.total_width = m_width[i];
        node.total_stretch = m_stretch[i];
        node.total_shrink = m_shrink[i];
        for (std::size_t j = i; j < m_items.size(); ++j) {
            const Item& it = m_items[j];
            if (it.kind == Item::Kind::Box) {
                break;
            }
            if (it.kind == Item::Kind::Glue) {
                node.total_width += it.width;
                node.total_stretch += it.stretch;
                node.total_shrink += it.shrink;
            } else if (it.penalty <= force_break && j > i) {
                break;
            }
        }
        m_nodes.push_back(node);
        active.push_back(static_cast<int>(m_nodes.size() - 1));
    }

    // A way to a break kept apart from others by its line count.
    struct Candidate {
        int slot;
        int line;
        double demerits;
        int from;
        float ratio;
    };
    void offer(const Candidate& c) {
        for (Candidate& kept : m_candidates) {
            if (kept.slot == c.slot && kept.line == c.line) {
                if (c.demerits < kept.demerits) {
                    kept = c;
                }
                return;
            }
        }
        m_candidates.push_back(c);
    }

    const std::vector<Item>& m_items;
    const BreakOptions& m_options;
    bool m_count_lines = false;
    std::vector<Candidate> m_candidates;
    std::vector<double> m_width, m_stretch, m_shrink;
    std::vector<Node> m_nodes;
};

}  // namespace

std::vector<LineBreak> break_lines(const std::vector<Item>& items, const BreakOptions& options) {
    if (items.empty()) {
        return {};
    }
    Breaker breaker(items, options);
    auto breaks = breaker.run(options.first_tolerance, 0, false);
    if (breaks.empty()) {
        breaks = breaker.run(options.second_tolerance, 0, false);
    }
    if (breaks.empty() && options.emergency_stretch > 0) {
        breaks = breaker.run(options.second_tolerance * 2, options.emergency_stretch, false);
    }
    if (breaks.empty()) {
        breaks = breaker.run(1e9, options.emergency_stretch, true);
    }
    if (options.looseness != 0) {
        // The wanted count within the second pass's tolerance, else with the emergency
        // stretch; else the best breaking stays.
        const int wanted = static_cast<int>(breaks.size()) + options.looseness;
        auto loose = breaker.run(options.second_tolerance, 0, false, wanted);
        if (loose.empty() && options.emergency_stretch > 0) {
            loose =
                breaker.run(options.second_tolerance * 2, options.emergency_stretch, false, wanted);
        }
        if (!loose.empty()) {
            return loose;
        }
    }
    return breaks;
}

}  // namespace galley::pdf
