// The vocabularies of GET /api/v1/playbook in the shape the server sends
// them ({name: [{id, label}]}), with the default playbook's ids and words, and
// its pipeline stages: what page tests give the app as its playbook.
import type { VocabularyTerm } from '../api/types';

export const VOCABULARIES: Record<string, VocabularyTerm[]> = {
  data_access: [
    { id: 'available', label: 'Available' },
    { id: 'requested', label: 'Requested' },
    { id: 'unavailable', label: 'Unavailable' },
  ],
  data_sensitivity: [
    { id: 'public', label: 'Public' },
    { id: 'internal', label: 'Internal' },
    { id: 'confidential', label: 'Confidential' },
    { id: 'regulated', label: 'Regulated' },
  ],
  mistake_cost: [
    { id: 'low', label: 'Low' },
    { id: 'medium', label: 'Medium' },
    { id: 'high', label: 'High' },
    { id: 'critical', label: 'Critical' },
  ],
  security_review: [
    { id: 'design', label: 'From the design stage' },
    { id: 'before_launch', label: 'Before launch' },
    { id: 'after_launch', label: 'After launch' },
    { id: 'none', label: 'No security review planned' },
  ],
  workflow_stage: [
    { id: 'idea', label: 'An idea' },
    { id: 'prototype', label: 'A prototype' },
    { id: 'live', label: 'Live' },
  ],
  urgency: [
    { id: 'low', label: 'Low' },
    { id: 'medium', label: 'Medium' },
    { id: 'high', label: 'High' },
  ],
  organisation_need: [
    { id: 'ai', label: 'AI and LLM engineering' },
    { id: 'backend', label: 'Backend engineering' },
    { id: 'deployment', label: 'Deployment and operations' },
    { id: 'qa', label: 'Quality assurance and testing' },
    { id: 'design', label: 'Product and interface design' },
    { id: 'data', label: 'Data engineering' },
    { id: 'product', label: 'Product management' },
    { id: 'change_management', label: 'Change management and rollout to staff' },
  ],
  role_level: [
    { id: 'junior', label: 'Junior' },
    { id: 'mid', label: 'Mid-level' },
    { id: 'senior', label: 'Senior' },
    { id: 'staff', label: 'Staff' },
  ],
  interview_focus: [
    { id: 'model_familiarity', label: 'Familiarity with models' },
    { id: 'tools', label: 'Tools' },
    { id: 'system_ownership', label: 'Owning a system in production' },
    { id: 'evaluation', label: 'Evaluation' },
    { id: 'security', label: 'Security' },
    { id: 'cost', label: 'Cost' },
    { id: 'product', label: 'Product' },
  ],
  traits: [
    { id: 'product_sense', label: 'Product sense' },
    { id: 'data_intuition', label: 'Data intuition' },
    { id: 'software_engineering', label: 'Software engineering' },
    { id: 'domain_expertise', label: 'Domain expertise' },
    { id: 'design', label: 'Design' },
    { id: 'meta', label: 'Meta skills' },
  ],
  categories: [
    { id: 'production_shipping', label: 'Production shipping' },
    { id: 'eval_discipline', label: 'Evaluation discipline' },
    { id: 'data_retrieval', label: 'Data and retrieval design' },
    { id: 'security_guardrails', label: 'Security and guardrails' },
    { id: 'cost_observability', label: 'Cost and observability' },
  ],
  red_flags: [
    { id: 'tools_not_outcomes', label: 'Talks tools, not outcomes' },
    { id: 'manual_validation_only', label: 'Manual validation only' },
    { id: 'premature_multi_agent', label: 'Premature multi-agent design' },
    { id: 'no_data_questions', label: 'Asks no questions about data' },
    { id: 'unmodeled_cost', label: 'Cannot model cost' },
  ],
  shapes: [
    { id: 'workflow_automation', label: 'Internal workflow automation over existing APIs and SaaS' },
    { id: 'knowledge_assistant', label: 'Knowledge assistant or internal search over documents' },
    { id: 'regulated_assistant', label: 'Regulated, compliance-sensitive or high-risk assistant' },
    { id: 'custom_model', label: 'Custom training, deep optimisation or model-level experiments' },
    { id: 'unclear_scope', label: 'Scope still fuzzy, success metrics vague' },
  ],
  routes: [
    { id: 'freelancer', label: 'Freelancer marketplace' },
    { id: 'agency', label: 'Agency' },
    { id: 'direct_hire', label: 'Direct hire' },
    { id: 'contract_to_hire', label: 'Contract-to-hire' },
  ],
  stages: [
    { id: 'applied', label: 'Applied' },
    { id: 'screen', label: 'Screen' },
    { id: 'interviews', label: 'Interviews' },
    { id: 'decision', label: 'Decision' },
    { id: 'offer', label: 'Offer' },
    { id: 'hired', label: 'Hired' },
    { id: 'rejected', label: 'Rejected' },
    { id: 'withdrawn', label: 'Withdrawn' },
  ],
  decisions: [
    { id: 'hire', label: 'Hire' },
    { id: 'reject', label: 'Reject' },
    { id: 'hold', label: 'Hold' },
  ],
};

export const PIPELINE_STAGES = [
  { id: 'applied', title: 'Applied' },
  { id: 'screen', title: 'Screen' },
  { id: 'interviews', title: 'Interviews' },
  { id: 'decision', title: 'Decision' },
  { id: 'offer', title: 'Offer' },
  { id: 'hired', title: 'Hired' },
  { id: 'rejected', title: 'Rejected', needs_reason: true },
  { id: 'withdrawn', title: 'Withdrawn', needs_reason: true },
];
