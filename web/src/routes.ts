// The application's one route table: every page with its path, title, who
// may open it and, for the main pages, its navigation label. Routing and the
// navigation menu both read it (src/shell/shell_model.ts).
import type { Page } from './app';
import { ADMINS, MANAGERS, type RouteEntry } from './shell/shell_model';
import { accountPage, setPasswordPage } from './pages/account';
import { auditPage } from './pages/audit';
import { briefListPage, briefViewPage } from './pages/briefs';
import { briefWizardPage } from './pages/brief_wizard';
import { calibrationPage } from './pages/calibration';
import { candidatePage } from './pages/candidate';
import { candidateListPage } from './pages/candidates';
import { mailPage } from './pages/mail';
import { myInterviewsPage } from './pages/my_interviews';
import { openingListPage, openingPage } from './pages/openings';
import { outcomesPage } from './pages/outcomes';
import { pipelinePage } from './pages/pipeline';
import { planListPage, planPage } from './pages/plans';
import { proposalListPage, proposalPage } from './pages/proposals';
import { scorecardPage } from './pages/scorecard_form';
import { signInPage } from './pages/signin';
import { teamPage } from './pages/team';
import { usersPage } from './pages/users';

export type AppRoute = RouteEntry<Page>;

// Order matters twice: the first matching pattern wins ("/briefs/new" before
// "/briefs/:id"), and the `nav` entries appear in this order.
export const ROUTES: AppRoute[] = [
  { pattern: '/signin', page: signInPage, title: 'Sign in', public: true },
  { pattern: '/set-password', page: setPasswordPage, title: 'Set your password', public: true },
  { pattern: '/account', page: accountPage, title: 'Your account' },
  { pattern: '/briefs', page: briefListPage, title: 'Briefs', roles: MANAGERS, nav: 'Briefs' },
  { pattern: '/briefs/new', page: briefWizardPage, title: 'Write a brief', roles: MANAGERS },
  { pattern: '/briefs/:id', page: briefViewPage, title: 'Brief', roles: MANAGERS },
  { pattern: '/briefs/:id/edit', page: briefWizardPage, title: 'Edit brief', roles: MANAGERS },
  { pattern: '/openings', page: openingListPage, title: 'Openings', nav: 'Openings' },
  { pattern: '/openings/:id', page: openingPage, title: 'Opening' },
  { pattern: '/openings/:id/pipeline', page: pipelinePage, title: 'Pipeline' },
  { pattern: '/candidates', page: candidateListPage, title: 'Candidates', nav: 'Candidates' },
  { pattern: '/candidates/:id', page: candidatePage, title: 'Candidate' },
  { pattern: '/candidates/:id/score', page: scorecardPage, title: 'Scorecard' },
  { pattern: '/my-interviews', page: myInterviewsPage, title: 'My interviews', nav: 'My interviews' },
  { pattern: '/team', page: teamPage, title: 'Team', roles: MANAGERS, nav: 'Team' },
  { pattern: '/proposals', page: proposalListPage, title: 'Vendor proposals', roles: MANAGERS, nav: 'Proposals' },
  { pattern: '/proposals/:id', page: proposalPage, title: 'Proposal', roles: MANAGERS },
  { pattern: '/plans', page: planListPage, title: 'Plans', roles: MANAGERS, nav: 'Plans' },
  { pattern: '/plans/:id', page: planPage, title: 'Plan', roles: MANAGERS },
  { pattern: '/calibration', page: calibrationPage, title: 'Interviewer calibration', roles: MANAGERS, nav: 'Calibration' },
  { pattern: '/outcomes', page: outcomesPage, title: 'Outcomes', roles: MANAGERS, nav: 'Outcomes' },
  { pattern: '/users', page: usersPage, title: 'Users', roles: ADMINS, nav: 'Users' },
  // Admins only, but left to the server: anyone else sees its 403 as a sentence on the page.
  { pattern: '/audit', page: auditPage, title: 'Audit log', roles: ADMINS, nav: 'Audit log', refusedBy: 'server' },
  { pattern: '/mail', page: mailPage, title: 'Mail outbox', roles: ADMINS, nav: 'Mail' },
];
