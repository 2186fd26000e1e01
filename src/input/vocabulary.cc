// The name tables of the closed vocabularies (include/firsthire/vocabulary.h):
// the only place their ids are spelt.
#include "firsthire/vocabulary.h"

namespace firsthire {

template <>
const NameTable<DataAccess>& NamesOf<DataAccess>() {
  static const NameTable<DataAccess> table(
      "data_access", {{DataAccess::kAvailable, "available"},
                      {DataAccess::kRequested, "requested"},
                      {DataAccess::kUnavailable, "unavailable"}});
  return table;
}

template <>
const NameTable<DataSensitivity>& NamesOf<DataSensitivity>() {
  static const NameTable<DataSensitivity> table(
      "data_sensitivity", {{DataSensitivity::kPublic, "public"},
                           {DataSensitivity::kInternal, "internal"},
                           {DataSensitivity::kConfidential, "confidential"},
                           {DataSensitivity::kRegulated, "regulated"}});
  return table;
}

template <>
const NameTable<MistakeCost>& NamesOf<MistakeCost>() {
  static const NameTable<MistakeCost> table(
      "mistake_cost", {{MistakeCost::kLow, "low"},
                       {MistakeCost::kMedium, "medium"},
                       {MistakeCost::kHigh, "high"},
                       {MistakeCost::kCritical, "critical"}});
  return table;
}

template <>
const NameTable<SecurityReview>& NamesOf<SecurityReview>() {
  static const NameTable<SecurityReview> table(
      "security_review", {{SecurityReview::kDesign, "design"},
                          {SecurityReview::kBeforeLaunch, "before_launch"},
                          {SecurityReview::kAfterLaunch, "after_launch"},
                          {SecurityReview::kNone, "none"}});
  return table;
}

template <>
const NameTable<WorkflowStage>& NamesOf<WorkflowStage>() {
  static const NameTable<WorkflowStage> table(
      "workflow_stage", {{WorkflowStage::kIdea, "idea"},
                         {WorkflowStage::kPrototype, "prototype"},
                         {WorkflowStage::kLive, "live"}});
  return table;
}

template <>
const NameTable<Urgency>& NamesOf<Urgency>() {
  static const NameTable<Urgency> table(
      "urgency",
      {{Urgency::kLow, "low"}, {Urgency::kMedium, "medium"}, {Urgency::kHigh, "high"}});
  return table;
}

template <>
const NameTable<OrganisationNeed>& NamesOf<OrganisationNeed>() {
  static const NameTable<OrganisationNeed> table(
      "organisation_need", {{OrganisationNeed::kAi, "ai"},
                            {OrganisationNeed::kBackend, "backend"},
                            {OrganisationNeed::kDeployment, "deployment"},
                            {OrganisationNeed::kQa, "qa"},
                            {OrganisationNeed::kDesign, "design"},
                            {OrganisationNeed::kData, "data"},
                            {OrganisationNeed::kProduct, "product"},
                            {OrganisationNeed::kChangeManagement, "change_management"}});
  return table;
}

template <>
const NameTable<RoleLevel>& NamesOf<RoleLevel>() {
  static const NameTable<RoleLevel> table(
      "role_level", {{RoleLevel::kJunior, "junior"},
                     {RoleLevel::kMid, "mid"},
                     {RoleLevel::kSenior, "senior"},
                     {RoleLevel::kStaff, "staff"}});
  return table;
}

template <>
const NameTable<InterviewFocus>& NamesOf<InterviewFocus>() {
  static const NameTable<InterviewFocus> table(
      "interview_focus", {{InterviewFocus::kModelFamiliarity, "model_familiarity"},
                          {InterviewFocus::kTools, "tools"},
                          {InterviewFocus::kSystemOwnership, "system_ownership"},
                          {InterviewFocus::kEvaluation, "evaluation"},
                          {InterviewFocus::kSecurity, "security"},
                          {InterviewFocus::kCost, "cost"},
                          {InterviewFocus::kProduct, "product"}});
  return table;
}

template <>
const NameTable<EvidencePolarity>& NamesOf<EvidencePolarity>() {
  static const NameTable<EvidencePolarity> table(
      "evidence_polarity",
      {{EvidencePolarity::kStrong, "strong"}, {EvidencePolarity::kFail, "fail"}});
  return table;
}

namespace {

template <typename E>
ClosedVocabulary Entry() {
  return {NamesOf<E>().vocabulary(), &NamesOf<E>().Ids()};
}

}  // namespace

const std::vector<ClosedVocabulary>& ClosedVocabularies() {
  static const std::vector<ClosedVocabulary> all = {
      Entry<DataAccess>(),   Entry<DataSensitivity>(),  Entry<MistakeCost>(),
      Entry<SecurityReview>(), Entry<WorkflowStage>(),  Entry<Urgency>(),
      Entry<OrganisationNeed>(), Entry<RoleLevel>(),    Entry<InterviewFocus>(),
      Entry<EvidencePolarity>()};
  return all;
}

const std::vector<std::string>& VocabularyIds(std::string_view name) {
  static const std::vector<std::string> none;
  for (const ClosedVocabulary& vocabulary : ClosedVocabularies()) {
    if (vocabulary.name == name) return *vocabulary.ids;
  }
  return none;
}

}  // namespace firsthire
