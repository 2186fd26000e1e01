// firsthire team TEAM [--candidates POOL] [--hires K] [--budget B]
//                     [--time-limit S] [--skip-bad-rows]
// Trait coverage of the team, gaps, principle warnings, and the best next
// hire(s) from a candidate pool, proven best unless the time limit runs out.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "cli/verbs.h"
#include "firsthire/candidate_pool.h"
#include "firsthire/team.h"
#include "report/team_report.h"

namespace firsthire {

namespace {

struct TeamOptions {
  std::string team_path;
  std::string pool_path;
  int hires = 1;
  bool hires_given = false;
  std::optional<double> budget;
  std::optional<double> time_limit;
  bool skip_bad_rows = false;
};

// A progress bar on stderr, drawn only on a terminal and only once loading
// has taken more than a second.
class ProgressBar {
 public:
  ProgressBar() : start_(std::chrono::steady_clock::now()), tty_(isatty(STDERR_FILENO) == 1) {}
  ~ProgressBar() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
  }
  void Update(size_t done, size_t total) {
    if (!tty_ || total == 0) return;
    auto elapsed = std::chrono::steady_clock::now() - start_;
    if (elapsed < std::chrono::seconds(1)) return;
    int percent = static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total));
    if (percent == last_percent_) return;
    last_percent_ = percent;
    int filled = percent * 30 / 100;
    std::fprintf(stderr, "\rloading candidates [%s%s] %3d%%", std::string(filled, '#').c_str(),
                 std::string(30 - filled, ' ').c_str(), percent);
    std::fflush(stderr);
    drawn_ = true;
  }

 private:
  std::chrono::steady_clock::time_point start_;
  bool tty_;
  bool drawn_ = false;
  int last_percent_ = -1;
};

int RunTeam(const GlobalOptions& options, const TeamOptions& opts) {
  auto setup = PrepareVerb(options, opts.team_path);
  if (!setup.ok()) return ReportFailure(setup.status());
  Diagnostics diagnostics;
  auto team = LoadTeam(setup->text, setup->source, setup->playbook, &diagnostics);
  ReportWarnings(diagnostics);
  if (!team.ok()) return ReportFailure(team.status());
  if (opts.hires_given) team->planned_hires = opts.hires;

  std::optional<CandidatePool> pool;
  if (!opts.pool_path.empty()) {
    Diagnostics pool_diagnostics;
    PoolLoadOptions load_options;
    load_options.skip_bad_rows = opts.skip_bad_rows;
    auto bar = std::make_shared<ProgressBar>();
    load_options.progress = [bar](size_t done, size_t total) { bar->Update(done, total); };
    auto loaded = LoadPool(opts.pool_path, setup->playbook, load_options, &pool_diagnostics);
    bar.reset();
    load_options.progress = nullptr;
    ReportWarnings(pool_diagnostics);
    if (!loaded.ok()) return ReportFailure(loaded.status());
    pool = std::move(loaded).value();
  }

  TeamRequest request;
  request.pool = pool ? &*pool : nullptr;
  request.hires = opts.hires;
  request.budget = opts.budget;
  if (opts.time_limit) {
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                        std::chrono::duration<double>(*opts.time_limit));
    request.should_stop = [deadline] { return std::chrono::steady_clock::now() >= deadline; };
  }
  TeamRecord record = EvaluateTeam(setup->playbook, *team, request);
  return WriteOutput(RenderRecord(setup->format, TeamToJson(record), TeamReport(record)));
}

}  // namespace

void AddTeamVerb(CLI::App& app, GlobalOptions& options) {
  auto opts = std::make_shared<TeamOptions>();
  CLI::App* verb = app.add_subcommand(
      "team",
      "Trait coverage of a team, its gaps and principle warnings, and the best next hire(s) "
      "from a candidate pool (an exact optimum, with the reason for each pick)");
  verb->add_option("TEAM", opts->team_path, "Team file (YAML or JSON), or - for standard input")
      ->required();
  verb->add_option("--candidates", opts->pool_path,
                   "Candidate pool: .yaml/.yml or .json ({candidates: [...]}), .csv with a header "
                   "row, a JSON Resume .json file or a folder of them");
  verb->add_option("--hires", opts->hires, "How many to hire (K), 1 to 5; default 1")
      ->check(CLI::Range(1, kMaxHires))
      ->each([opts](const std::string&) { opts->hires_given = true; });
  verb->add_option("--budget", opts->budget, "Most the picks may cost together")
      ->check(CLI::NonNegativeNumber);
  verb->add_option("--time-limit", opts->time_limit,
                   "Seconds the search may take; past it the best found is returned with "
                   "optimal: false and a bound")
      ->check(CLI::PositiveNumber);
  verb->add_flag("--skip-bad-rows", opts->skip_bad_rows,
                 "Leave out bad candidates (reported as warnings) instead of failing");
  verb->callback([&options, opts] { options.exit_code = RunTeam(options, *opts); });
}

}  // namespace firsthire
