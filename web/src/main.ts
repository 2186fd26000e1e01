// Entry point: the routes of the application and the start.
import './styles.css';
import { createApp, start, type PageRoute } from './app';
import type { RouteDef } from './lib/router';
import { accountPage, setPasswordPage } from './pages/account';
import { auditPage } from './pages/audit';
import { briefListPage, briefViewPage, briefWizardPage } from './pages/briefs';
import { candidatePage } from './pages/candidate';
import { candidateListPage } from './pages/candidates';
import { myInterviewsPage } from './pages/my_interviews';
import { openingListPage, openingPage } from './pages/openings';
import { pipelinePage } from './pages/pipeline';
import { planListPage, planPage } from './pages/plans';
import { proposalListPage, proposalPage } from './pages/proposals';
import { scorecardPage } from './pages/scorecard_form';
import { signInPage } from './pages/signin';
import { teamPage } from './pages/team';
import { usersPage } from './pages/users';

const MANAGERS: PageRoute['roles'] = ['admin', 'hiring_manager'];

export const ROUTES: RouteDef<PageRoute>[] = [
  { pattern: '/signin', value: { page: signInPage, title: 'Sign in', public: true } },
  { pattern: '/set-password', value: { page: setPasswordPage, title: 'Set your password', public: true } },
  { pattern: '/account', value: { page: accountPage, title: 'Your account' } },
  { pattern: '/briefs', value: { page: briefListPage, title: 'Briefs', roles: MANAGERS } },
  { pattern: '/briefs/new', value: { page: briefWizardPage, title: 'Write a brief', roles: MANAGERS } },
  { pattern: '/briefs/:id', value: { page: briefViewPage, title: 'Brief', roles: MANAGERS } },
  { pattern: '/briefs/:id/edit', value: { page: briefWizardPage, title: 'Edit brief', roles: MANAGERS } },
  { pattern: '/openings', value: { page: openingListPage, title: 'Openings' } },
  { pattern: '/openings/:id', value: { page: openingPage, title: 'Opening' } },
  { pattern: '/openings/:id/pipeline', value: { page: pipelinePage, title: 'Pipeline' } },
  { pattern: '/my-interviews', value: { page: myInterviewsPage, title: 'My interviews' } },
  { pattern: '/candidates', value: { page: candidateListPage, title: 'Candidates' } },
  { pattern: '/candidates/:id', value: { page: candidatePage, title: 'Candidate' } },
  { pattern: '/candidates/:id/score', value: { page: scorecardPage, title: 'Scorecard' } },
  { pattern: '/team', value: { page: teamPage, title: 'Team', roles: MANAGERS } },
  { pattern: '/proposals', value: { page: proposalListPage, title: 'Vendor proposals', roles: MANAGERS } },
  { pattern: '/proposals/:id', value: { page: proposalPage, title: 'Proposal', roles: MANAGERS } },
  { pattern: '/plans', value: { page: planListPage, title: 'Plans', roles: MANAGERS } },
  { pattern: '/plans/:id', value: { page: planPage, title: 'Plan', roles: MANAGERS } },
  { pattern: '/users', value: { page: usersPage, title: 'Users', roles: ['admin'] } },
  // Admins only, but left to the server: anyone else sees its 403 as a sentence on the page.
  { pattern: '/audit', value: { page: auditPage, title: 'Audit log' } },
];

const root = document.getElementById('app');
if (root) void start(createApp(root, ROUTES));
