// What the hiring record says about the hiring itself (managers and admins):
//
//   GET  /api/v1/calibration  `firsthire calibrate --format json` over the
//        submitted scorecards of every live candidate (service/calibration.h):
//        do the interviewers agree, and is anyone lenient or harsh?
//   GET  /api/v1/outcomes  hires' interview scores beside their 90-day
//        go/no-go, per category (service/outcomes.h): a record below the
//        playbook's minimum, a correlation with the range-restriction warning
//        from there.
//   POST /api/v1/plans/{id}/outcome  {decision: go | no_go, reason} records
//        the plan's final decision about the hire, with the caller and the
//        time; answers the plan. 422 with the field for a bad decision, no
//        reason, or (on candidate_id) a plan linked to no candidate or to one
//        who is not at the stage the hire decision moves to (hired).
// Interviewers get 403 on all three: the figures rank colleagues.
#include <string>

#include "firsthire/calibration.h"
#include "firsthire/outcomes.h"
#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/compute_gate.h"
#include "http/json_body.h"
#include "report/calibration_report.h"
#include "report/outcomes_report.h"
#include "service/calibration.h"
#include "service/outcomes.h"
#include "service/plans.h"

namespace firsthire::http {
namespace {

class InsightEndpoints {
 public:
  explicit InsightEndpoints(ApiContext context) : context_(context) {}

  // The bootstrap resamples every category a thousand times: an engine call.
  Response Calibration(const Request& request) {
    return context_.compute->Run(request, [&](const StopCheck&) {
      auto calibration = service::CalibrateStored(context_.store, context_.playbook);
      if (!calibration.ok()) return ErrorResponse(calibration.status());
      return JsonResponse(200, CalibrationToJson(*calibration));
    });
  }

  Response Outcomes(const Request& request) {
    return context_.compute->Run(request, [&](const StopCheck&) {
      auto summary = service::SummariseStoredOutcomes(context_.store, context_.playbook);
      if (!summary.ok()) return ErrorResponse(summary.status());
      return JsonResponse(200, OutcomesToJson(*summary));
    });
  }

  Response RecordOutcome(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    std::optional<std::string> decision = fields.String("decision", true, 16);
    std::optional<std::string> reason = fields.String("reason", true, 2000);
    if (!fields.ok()) return ErrorResponse(fields.status());
    auto plan = service::RecordPlanOutcome(context_.store, context_.playbook.pipeline,
                                           std::string(request.Param("id")), *decision, *reason,
                                           ActorOf(request), context_.clock());
    if (!plan.ok()) return ErrorResponse(plan.status());
    return RecordResponse(200, *plan);
  }

 private:
  ApiContext context_;
};

const EndpointTable<InsightEndpoints>& InsightTable() {
  using E = InsightEndpoints;
  static const EndpointTable<E> kTable = {
      {{.method = "GET",
        .path = "/api/v1/calibration",
        .access = ManagersOnly(),
        .tag = "calibration",
        .summary = "Interviewer agreement per category and each interviewer's offset, over the "
                   "submitted scorecards (as firsthire calibrate)",
        .response = "Calibration",
        .errors = {401, 403, 503}},
       &E::Calibration},
      {{.method = "GET",
        .path = "/api/v1/outcomes",
        .access = ManagersOnly(),
        .tag = "calibration",
        .summary = "Hires' interview scores per category beside their 90-day go/no-go",
        .response = "Outcomes",
        .errors = {401, 403, 503}},
       &E::Outcomes},
      {{.method = "POST",
        .path = "/api/v1/plans/{id}/outcome",
        .access = ManagersOnly(),
        .tag = "plans",
        .summary = "Record the plan's 90-day go/no-go about the hire",
        .request = "PlanOutcomeInput",
        .response = "Plan",
        .errors = kWriteErrors},
       &E::RecordOutcome},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> InsightOperations() { return OperationsOf(InsightTable()); }

Status AddInsightRoutes(Router& router, ApiContext context) {
  return AddEndpoints(router, std::make_shared<InsightEndpoints>(context), InsightTable());
}

}  // namespace firsthire::http
