// How long `assess` takes inside the library, per brief: loading the brief
// (YAML) and deciding, for each example brief. Prints figures; not a test.
//   build/bench/assess_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "report/assessment_report.h"

namespace firsthire {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void LoadAndAssess(benchmark::State& state, std::string text) {
  const Playbook& playbook = DefaultPlaybook();
  for (auto _ : state) {
    Diagnostics diagnostics;
    auto brief = LoadBrief(text, "brief.yaml", playbook, &diagnostics);
    if (!brief.ok()) {
      state.SkipWithError(brief.status().ToString().c_str());
      return;
    }
    Assessment assessment = Assess(playbook, *brief);
    benchmark::DoNotOptimize(AssessmentToJson(assessment));
  }
}

void AssessOnly(benchmark::State& state, std::string text) {
  const Playbook& playbook = DefaultPlaybook();
  Diagnostics diagnostics;
  auto brief = LoadBrief(text, "brief.yaml", playbook, &diagnostics);
  if (!brief.ok()) {
    state.SkipWithError(brief.status().ToString().c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(Assess(playbook, *brief));
}

void LoadDefaultPlaybook(benchmark::State& state) {
  for (auto _ : state) {
    Diagnostics diagnostics;
    benchmark::DoNotOptimize(LoadPlaybook(DefaultPlaybookText(), "default", &diagnostics));
  }
}
BENCHMARK(LoadDefaultPlaybook)->Unit(benchmark::kMicrosecond);

int RegisterBriefs() {
  for (const auto& entry : std::filesystem::directory_iterator(FIRSTHIRE_SOURCE_DIR "/examples/briefs")) {
    std::string name = entry.path().stem().string();
    std::string text = ReadFile(entry.path());
    benchmark::RegisterBenchmark(("LoadAndAssess/" + name).c_str(), LoadAndAssess, text)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("AssessOnly/" + name).c_str(), AssessOnly, text)
        ->Unit(benchmark::kMicrosecond);
  }
  return 0;
}
const int kRegistered = RegisterBriefs();

}  // namespace
}  // namespace firsthire

BENCHMARK_MAIN();
