#include "cli/workout_play.hpp"

#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/text_wrap.hpp"
#include "core/base/errors.hpp"
#include "core/journal/journal_progression_text.hpp"
#include "core/journal/journal_values.hpp"
#include "core/workout/workout_bests.hpp"
#include "io/catalog_json.hpp"
#include "io/plan_text.hpp"

namespace hipfit::cli {

using namespace hipfit::core;

namespace {

// A step's lines after its first (the why, the cue, the questions) begin here.
constexpr std::string_view kIndent = "      ";

std::string clock(int seconds) {
    return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

std::string target(const WorkoutStep& s, UnitSystem units) {
    const std::string load = s.load ? " at " + mass_text(*s.load, units) : "";
    const std::string more = load + (s.add_resistance ? " — add resistance" : "");
    switch (s.kind) {
        case StepKind::reps:
            if (s.tempo) {
                return fmt::format("{} reps, {} s up and {} s down{}", s.reps.value_or(1),
                                   s.tempo->up_seconds, s.tempo->down_seconds, more);
            }
            return fmt::format("{} reps{}", s.reps.value_or(1), more);
        case StepKind::hold:
            return fmt::format("hold {} s{}", s.seconds.value_or(0), more);
        case StepKind::intervals:
            return fmt::format("{} rounds of {} s hard, {} s easy", s.rounds.value_or(1),
                               s.work_seconds.value_or(0), s.rest_seconds.value_or(0));
        default:
            return clock(s.seconds.value_or(0));
    }
}

std::string exercise_name(const WorkoutStep& s) {
    std::string name = s.name;
    if (s.side)
        name += fmt::format(", {} side", name_of(kSideNames, *s.side));
    if (s.sets > 1)
        name += fmt::format(", set {} of {}", s.set, s.sets);
    return name;
}

std::string heading(const WorkoutPlayer& player, UnitSystem units) {
    const WorkoutStep& s = player.step();
    const std::vector<WorkoutStep>& steps = player.script().steps;
    const std::string where = fmt::format("[{}/{}]", s.index + 1, steps.size());
    if (!s.is_exercise()) {
        const auto next = static_cast<std::size_t>(s.index) + 1;
        return fmt::format("{} {} {}{}", where, s.kind == StepKind::rest ? "Rest" : "Switch sides",
                           clock(s.seconds.value_or(0)),
                           next < steps.size() ? " — next: " + exercise_name(steps[next]) : "");
    }
    const std::string why = s.progression_note.empty() ? "" : "\n      " + s.progression_note;
    return fmt::format("{} {} — {}: {}{}\n      {}", where, io::block_title(s.block), exercise_name(s),
                       target(s, units), why, s.cue);
}

std::string countdown_text(const WorkoutStep& s, const Countdown& c, bool paused) {
    std::string text = s.kind == StepKind::intervals
                           ? fmt::format("round {} of {}, {} {}", c.round, s.rounds.value_or(1),
                                         c.resting ? "easy" : "hard", clock(c.remaining_seconds))
                           : clock(c.remaining_seconds) + " left";
    return paused ? text + "  (paused: p resumes)" : text;
}

// Where the questions are asked and their errors shown, and how wide the screen is.
struct Asking {
    WorkoutInput& input;
    std::ostream& out;
    std::size_t columns;
};

// Asks until the answer is valid or empty (none); `parse` throws InvalidInput for a wrong answer.
template <class T, class Parse>
std::optional<T> ask(const Asking& asking, const std::string& question, Parse parse) {
    // The answer is typed after the question's last line, past its space.
    const std::string shown = wrap_text(question, asking.columns) + (question.ends_with(' ') ? " " : "");
    while (true) {
        const std::optional<std::string> answer = asking.input.answer(shown);
        if (!answer || answer->empty())
            return std::nullopt;
        try {
            return parse(*answer);
        } catch (const InvalidInput& error) {
            fmt::print(asking.out, "{}\n", wrap_text(fmt::format("      {}", error.what()), asking.columns));
        }
    }
}

// What the person did at a set of reps: the reps (the target when not said) and, as set_questions says,
// a load (the suggested one when not said) and an RPE.
StepResult ask_set(const Asking& asking, const WorkoutStep& step, UnitSystem units) {
    auto checked = [&](WorkoutSet set, std::string_view field) {
        set.exercise_id = step.exercise;
        set.reps = set.reps.value_or(1);
        check_workout_sets({set}, field);
        return set;
    };
    const SetQuestions questions = set_questions(step);
    StepResult result;
    result.reps = ask<int>(asking, fmt::format("      Reps done [{}]: ", step.reps.value_or(1)),
                           [&](const std::string& text) {
                               WorkoutSet set;
                               set.reps = parse_whole_number(text, "reps");
                               return *checked(set, "reps").reps;
                           });
    if (questions.load) {
        const std::string unit = units == UnitSystem::metric ? "kg" : "lb";
        result.load = ask<Kilograms>(
            asking,
            step.load ? fmt::format("      Load [{}; 0 for none]: ", mass_text(*step.load, units))
                      : fmt::format("      Load ({}; Enter for none): ", unit),
            [&](const std::string& text) {
                WorkoutSet set;
                set.load = parse_mass(text, units, "load");
                return *checked(set, "load").load;
            });
        if (!result.load)
            result.load = step.load;
    }
    if (questions.rpe) {
        const std::string_view which = !step.takes_load && step.sets > 1 ? " of the hardest set" : "";
        result.rpe = ask<int>(asking, fmt::format("      Effort{}, RPE 1–10 (Enter to skip): ", which),
                              [&](const std::string& text) {
                                  WorkoutSet set;
                                  set.rpe = parse_whole_number(text, "RPE");
                                  return *checked(set, "RPE").rpe;
                              });
    }
    return result;
}

// What the screen shows: each step's heading once, and on a terminal the countdown's line and bells.
class Screen {
  public:
    Screen(std::ostream& out, bool live, UnitSystem units, std::size_t columns)
        : out_(out), live_(live), units_(units), columns_(columns) {}

    void show(const WorkoutPlayer& player, PlayerTime now) {
        if (player.finished())
            return;
        if (!shown_any_ || shown_ != player.index()) {
            end_line();
            bell();  // every switch: a start, a side, a rest, an end
            fmt::print(out_, "{}\n", wrap_text(heading(player, units_), columns_, kIndent));
            if (live_ && player.step().kind == StepKind::reps)
                fmt::print(out_, "      Enter when the set is done.\n");
            shown_ = player.index();
            shown_any_ = true;
            drawn_any_ = false;
        }
        const std::optional<Countdown> countdown = player.countdown(now);
        if (!live_ || !countdown || (drawn_any_ && *countdown == drawn_ && paused_ == player.paused()))
            return;
        if (drawn_any_ && (drawn_.round != countdown->round || drawn_.resting != countdown->resting))
            bell();  // an interval's work or rest starts
        fmt::print(out_, "\r\033[K      {}", countdown_text(player.step(), *countdown, player.paused()));
        out_.flush();
        drawn_ = *countdown;
        drawn_any_ = true;
        paused_ = player.paused();
        line_open_ = true;
    }

    // The current step is shown again (its script changed: a swap).
    void show_again() { shown_any_ = false; }

    void bell() {
        if (live_)
            out_ << '\a';
    }

    void end_line() {
        if (line_open_)
            out_ << '\n';
        line_open_ = false;
    }

  private:
    std::ostream& out_;
    bool live_;
    UnitSystem units_;
    std::size_t columns_;
    // Plain values rather than optionals: GCC 12 warns (wrongly) that an optional may be uninitialized.
    std::size_t shown_ = 0;
    bool shown_any_ = false;
    Countdown drawn_;
    bool drawn_any_ = false;
    bool paused_ = false;
    bool line_open_ = false;
};

// x: lists the alternatives to the current exercise, numbered, and swaps it for the one chosen.
void swap_current(WorkoutPlayer& player, const SwapChoices& choices, const Asking& asking, PlayerTime now) {
    const WorkoutStep& step = player.step();
    auto say = [&](const std::string& text) {
        fmt::print(asking.out, "{}\n", wrap_text(text, asking.columns, kIndent));
    };
    if (!choices || !step.is_exercise()) {
        say(fmt::format("{}Nothing to swap here: x swaps an exercise.", kIndent));
        return;
    }
    const app::WorkoutAlternatives choice = choices(player.script(), player.index());
    const std::vector<Alternative>& all = choice.list;
    // Those the 48-hour rule leaves out are named with why, not offered.
    std::vector<Alternative> list;
    for (const Alternative& a : all) {
        if (a.allowed)
            list.push_back(a);
    }
    for (const Alternative& a : all) {
        if (!a.allowed)
            say(fmt::format("{}Not today: {} — {}", kIndent, a.exercise->name, a.why_not));
    }
    if (list.empty()) {
        say(fmt::format("{}No alternative to {} fits your equipment, level, impact and week.", kIndent,
                        step.name));
        return;
    }
    say(fmt::format("{}Swap {} for:", kIndent, step.name));
    for (std::size_t i = 0; i < list.size(); ++i)
        say(fmt::format("{}{}. {} — {}", kIndent, i + 1, list[i].exercise->name, list[i].why));
    const std::optional<std::size_t> chosen = ask<std::size_t>(
        asking,
        list.size() == 1 ? fmt::format("{}1 swaps it (Enter keeps {}): ", kIndent, step.name)
                         : fmt::format("{}Which, 1–{} (Enter keeps {}): ", kIndent, list.size(), step.name),
        [&](const std::string& text) {
            const int n = parse_whole_number(text, "choice");
            if (n < 1 || static_cast<std::size_t>(n) > list.size())
                throw InvalidInput("choice", fmt::format("choose 1 to {}", list.size()));
            return static_cast<std::size_t>(n);
        });
    if (!chosen)
        return;
    WorkoutScript script = player.script();
    try {
        swap_exercise(script, static_cast<int>(player.index()), *list[*chosen - 1].exercise, *choice.catalog);
    } catch (const InvalidInput& error) {
        say(fmt::format("{}{}", kIndent, error.what()));
        return;
    }
    player = WorkoutPlayer(std::move(script), now, player.index(), player.result());
}

}  // namespace

WorkoutEnd play_workout(WorkoutPlayer& player, WorkoutInput& input, std::ostream& out, UnitSystem units,
                        std::size_t columns, const SwapChoices& swap_choices) {
    Screen screen(out, input.live(), units, columns);
    while (!player.finished()) {
        screen.show(player, input.now());
        const std::size_t before = player.index();
        const bool counting_down = player.step().kind != StepKind::reps;
        const WorkoutCommand command = input.next(counting_down);
        const PlayerTime now = input.now();
        switch (command) {
            case WorkoutCommand::none:
                break;
            case WorkoutCommand::done:
                screen.end_line();
                player.done(
                    now, counting_down ? StepResult{} : ask_set({input, out, columns}, player.step(), units));
                break;
            case WorkoutCommand::run_out:
                if (player.paused())
                    player.toggle_pause(now);
                if (const std::optional<PlayerTime> end = player.countdown_end())
                    input.advance_to(*end);
                break;
            case WorkoutCommand::pause:
                player.toggle_pause(now);
                break;
            case WorkoutCommand::skip:
                player.skip(now);
                break;
            case WorkoutCommand::back:
                player.back(now);
                break;
            case WorkoutCommand::swap:
                screen.end_line();
                swap_current(player, swap_choices, {input, out, columns}, now);
                screen.show_again();
                break;
            case WorkoutCommand::quit:
            case WorkoutCommand::ended:
                screen.end_line();
                return command == WorkoutCommand::quit ? WorkoutEnd::quit : WorkoutEnd::input_ended;
        }
        player.tick(input.now());
        if (player.index() != before || player.finished()) {
            if (const std::optional<PersonalBest> best =
                    new_best_at(player.script(), player.result(), before)) {
                screen.end_line();
                fmt::print(
                    out, "{}\n",
                    wrap_text(fmt::format("{}New personal best: {}!", kIndent, effort_text(best->now, units)),
                              columns, kIndent));
            }
        }
    }
    screen.end_line();
    screen.bell();
    return WorkoutEnd::finished;
}

}  // namespace hipfit::cli
