// The route tree (code-based). Heavier pages load lazily; every route shares the error and pending views.
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import { PageSkeleton } from '../components/page-loader.tsx';
import { meQuery } from '../features/auth/api/get-me.ts';
import { setupStatusQuery } from '../features/auth/api/get-setup-status.ts';
import { SetupPage } from '../features/auth/components/setup-page.tsx';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { RouteError, RouteNotFound } from './error-boundary.tsx';
import { HomePage, OrgLayout, SignedInLayout } from './guards.tsx';

const lazy = {
  dashboard: lazyRouteComponent(
    () => import('../features/dashboard/components/dashboard-page.tsx'),
    'DashboardPage',
  ),
  aiSystems: lazyRouteComponent(
    () => import('../features/ai-systems/components/ai-systems-page.tsx'),
    'AiSystemsPage',
  ),
  newAiSystem: lazyRouteComponent(
    () => import('../features/ai-systems/components/new-ai-system-page.tsx'),
    'NewAiSystemPage',
  ),
  aiSystem: lazyRouteComponent(
    () => import('../features/ai-systems/components/ai-system-detail-page.tsx'),
    'AiSystemDetailPage',
  ),
  classify: lazyRouteComponent(
    () => import('../features/ai-systems/components/classification-wizard-page.tsx'),
    'ClassificationWizardPage',
  ),
  models: lazyRouteComponent(
    () => import('../features/inventory/components/records-pages.tsx'),
    'ModelsPage',
  ),
  datasets: lazyRouteComponent(
    () => import('../features/inventory/components/records-pages.tsx'),
    'DatasetsPage',
  ),
  suppliers: lazyRouteComponent(
    () => import('../features/inventory/components/records-pages.tsx'),
    'SuppliersPage',
  ),
  imports: lazyRouteComponent(() => import('../features/inventory/components/import-page.tsx'), 'ImportPage'),
  model: lazyRouteComponent(
    () => import('../features/inventory/components/model-detail-page.tsx'),
    'ModelDetailPage',
  ),
  dataset: lazyRouteComponent(
    () => import('../features/inventory/components/dataset-detail-page.tsx'),
    'DatasetDetailPage',
  ),
  supplier: lazyRouteComponent(
    () => import('../features/inventory/components/supplier-detail-page.tsx'),
    'SupplierDetailPage',
  ),
  gate: lazyRouteComponent(
    () => import('../features/inventory/components/deployment-gate-page.tsx'),
    'DeploymentGatePage',
  ),
  members: lazyRouteComponent(() => import('../features/members/components/members-page.tsx'), 'MembersPage'),
  invitations: lazyRouteComponent(
    () => import('../features/invitations/components/invitations-page.tsx'),
    'InvitationsPage',
  ),
  forgotPassword: lazyRouteComponent(
    () => import('../features/auth/components/forgot-password-page.tsx'),
    'ForgotPasswordPage',
  ),
  resetPassword: lazyRouteComponent(
    () => import('../features/auth/components/reset-password-page.tsx'),
    'ResetPasswordPage',
  ),
  accept: lazyRouteComponent(
    () => import('../features/invitations/components/accept-invitation-page.tsx'),
    'AcceptInvitationPage',
  ),
  tokens: lazyRouteComponent(() => import('../features/tokens/components/tokens-page.tsx'), 'TokensPage'),
  ledger: lazyRouteComponent(() => import('../features/ledger/components/ledger-page.tsx'), 'LedgerPage'),
  accessLog: lazyRouteComponent(
    () => import('../features/access-log/components/access-log-page.tsx'),
    'AccessLogPage',
  ),
  annexIv: lazyRouteComponent(
    () => import('../features/annex-iv/components/annex-iv-page.tsx'),
    'AnnexIvPage',
  ),
  comments: lazyRouteComponent(
    () => import('../features/comments/components/comments-page.tsx'),
    'CommentsPage',
  ),
  soa: lazyRouteComponent(() => import('../features/soa/components/soa-page.tsx'), 'SoaPage'),
  risks: lazyRouteComponent(() => import('../features/risks/components/risks-page.tsx'), 'RisksPage'),
  risk: lazyRouteComponent(
    () => import('../features/risks/components/risk-detail-page.tsx'),
    'RiskDetailPage',
  ),
  treatmentBoard: lazyRouteComponent(
    () => import('../features/risks/components/treatment-board-page.tsx'),
    'TreatmentBoardPage',
  ),
  riskCriteria: lazyRouteComponent(
    () => import('../features/risks/components/criteria-page.tsx'),
    'RiskCriteriaPage',
  ),
  threats: lazyRouteComponent(() => import('../features/risks/components/threats-page.tsx'), 'ThreatsPage'),
  impacts: lazyRouteComponent(() => import('../features/impacts/components/impacts-page.tsx'), 'ImpactsPage'),
  context: lazyRouteComponent(() => import('../features/context/components/context-page.tsx'), 'ContextPage'),
  objectives: lazyRouteComponent(
    () => import('../features/objectives/components/objectives-page.tsx'),
    'ObjectivesPage',
  ),
  objective: lazyRouteComponent(
    () => import('../features/objectives/components/objective-detail-page.tsx'),
    'ObjectiveDetailPage',
  ),
  monitoring: lazyRouteComponent(
    () => import('../features/monitoring/components/monitoring-page.tsx'),
    'MonitoringPage',
  ),
  metric: lazyRouteComponent(() => import('../features/monitoring/components/metric-page.tsx'), 'MetricPage'),
  people: lazyRouteComponent(() => import('../features/people/components/people-page.tsx'), 'PeoplePage'),
  improvement: lazyRouteComponent(
    () => import('../features/improvement/components/improvement-page.tsx'),
    'ImprovementPage',
  ),
  nonconformity: lazyRouteComponent(
    () => import('../features/improvement/components/nonconformity-page.tsx'),
    'NonconformityPage',
  ),
  audits: lazyRouteComponent(() => import('../features/audits/components/audits-page.tsx'), 'AuditsPage'),
  audit: lazyRouteComponent(() => import('../features/audits/components/audit-page.tsx'), 'AuditPage'),
  managementReviews: lazyRouteComponent(
    () => import('../features/management-reviews/components/management-reviews-page.tsx'),
    'ManagementReviewsPage',
  ),
  managementReview: lazyRouteComponent(
    () => import('../features/management-reviews/components/management-review-page.tsx'),
    'ManagementReviewPage',
  ),
  readiness: lazyRouteComponent(
    () => import('../features/readiness/components/readiness-page.tsx'),
    'ReadinessPage',
  ),
  documents: lazyRouteComponent(
    () => import('../features/documents/components/documents-page.tsx'),
    'DocumentsPage',
  ),
  document: lazyRouteComponent(
    () => import('../features/documents/components/document-detail-page.tsx'),
    'DocumentDetailPage',
  ),
  evidence: lazyRouteComponent(
    () => import('../features/evidence/components/evidence-page.tsx'),
    'EvidencePage',
  ),
  evidenceDetail: lazyRouteComponent(
    () => import('../features/evidence/components/evidence-detail-page.tsx'),
    'EvidenceDetailPage',
  ),
  notifications: lazyRouteComponent(
    () => import('../features/notifications/components/notifications-page.tsx'),
    'NotificationsPage',
  ),
  webhooks: lazyRouteComponent(
    () => import('../features/webhooks/components/webhooks-page.tsx'),
    'WebhooksPage',
  ),
  concerns: lazyRouteComponent(
    () => import('../features/concerns/components/concerns-page.tsx'),
    'ConcernsPage',
  ),
  publicTransparency: lazyRouteComponent(
    () => import('../features/transparency/components/public-transparency-page.tsx'),
    'PublicTransparencyPage',
  ),
  publicConcern: lazyRouteComponent(
    () => import('../features/transparency/components/public-concern-page.tsx'),
    'PublicConcernPage',
  ),
  publicFollowUp: lazyRouteComponent(
    () => import('../features/transparency/components/public-follow-up-page.tsx'),
    'PublicFollowUpPage',
  ),
  orgSetup: lazyRouteComponent(
    () => import('../features/org-setup/components/org-setup-page.tsx'),
    'OrgSetupPage',
  ),
  area: lazyRouteComponent(
    () => import('../features/areas/components/area-placeholder-page.tsx'),
    'AreaPlaceholderPage',
  ),
};

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet });

const setupRoute = createRoute({ getParentRoute: () => rootRoute, path: '/setup', component: SetupPage });
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: z.object({ redirect: z.string().optional() }),
  component: SignInPage,
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazy.forgotPassword,
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password/$token',
  component: lazy.resetPassword,
});
// Public pages (issue 15): no sign-in, outside the signed-in app.
const publicTransparencyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/public/orgs/$orgId/ai-systems/$id',
  component: lazy.publicTransparency,
});
const publicConcernRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/public/orgs/$orgId/concerns/new',
  component: lazy.publicConcern,
});
const publicFollowUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/public/concerns/$code',
  component: lazy.publicFollowUp,
});
const acceptRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$code',
  component: lazy.accept,
});

/** Loads set-up status and the session before any signed-in page renders, so there is no flash. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery());
    if (status.needsSetup) throw redirect({ to: '/setup', replace: true });
    const me = await context.queryClient.ensureQueryData(meQuery());
    if (!me?.user) throw redirect({ to: '/sign-in', search: { redirect: location.href }, replace: true });
  },
  component: SignedInLayout,
});

/** `/` opens the first organization; without any, HomePage offers to create one. */
const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const first = (await context.queryClient.ensureQueryData(meQuery()))?.organizations[0];
    if (first) throw redirect({ to: '/orgs/$orgId', params: { orgId: first.id }, replace: true });
  },
  component: HomePage,
});
const orgRoute = createRoute({ getParentRoute: () => appRoute, path: '/orgs/$orgId', component: OrgLayout });
const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifications',
  component: lazy.notifications,
});
const orgChild = { getParentRoute: () => orgRoute } as const;
const dashboardRoute = createRoute({ ...orgChild, path: '/', component: lazy.dashboard });
const aiSystemsRoute = createRoute({ ...orgChild, path: '/ai-systems', component: lazy.aiSystems });
const newAiSystemRoute = createRoute({ ...orgChild, path: '/ai-systems/new', component: lazy.newAiSystem });
const aiSystemRoute = createRoute({ ...orgChild, path: '/ai-systems/$id', component: lazy.aiSystem });
const classifyRoute = createRoute({
  ...orgChild,
  path: '/ai-systems/$id/classify',
  component: lazy.classify,
});
const modelsRoute = createRoute({ ...orgChild, path: '/models', component: lazy.models });
const datasetsRoute = createRoute({ ...orgChild, path: '/datasets', component: lazy.datasets });
const suppliersRoute = createRoute({ ...orgChild, path: '/suppliers', component: lazy.suppliers });
const importsRoute = createRoute({ ...orgChild, path: '/imports', component: lazy.imports });
const modelRoute = createRoute({ ...orgChild, path: '/models/$id', component: lazy.model });
const datasetRoute = createRoute({ ...orgChild, path: '/datasets/$id', component: lazy.dataset });
const supplierRoute = createRoute({ ...orgChild, path: '/suppliers/$id', component: lazy.supplier });
const gateRoute = createRoute({ ...orgChild, path: '/deployment-gate', component: lazy.gate });
const membersRoute = createRoute({ ...orgChild, path: '/members', component: lazy.members });
const invitationsRoute = createRoute({ ...orgChild, path: '/invitations', component: lazy.invitations });
const tokensRoute = createRoute({ ...orgChild, path: '/tokens', component: lazy.tokens });
const ledgerRoute = createRoute({ ...orgChild, path: '/ledger', component: lazy.ledger });
const accessLogRoute = createRoute({ ...orgChild, path: '/access-log', component: lazy.accessLog });
const annexIvRoute = createRoute({ ...orgChild, path: '/ai-systems/$id/annex-iv', component: lazy.annexIv });
const commentsRoute = createRoute({ ...orgChild, path: '/comments', component: lazy.comments });
const soaRoute = createRoute({ ...orgChild, path: '/soa', component: lazy.soa });
const risksRoute = createRoute({ ...orgChild, path: '/risks', component: lazy.risks });
const treatmentBoardRoute = createRoute({
  ...orgChild,
  path: '/risks/board',
  component: lazy.treatmentBoard,
});
const riskRoute = createRoute({ ...orgChild, path: '/risks/$riskId', component: lazy.risk });
const riskCriteriaRoute = createRoute({ ...orgChild, path: '/risks/criteria', component: lazy.riskCriteria });
const threatsRoute = createRoute({ ...orgChild, path: '/risks/threats', component: lazy.threats });
const impactsRoute = createRoute({ ...orgChild, path: '/impacts', component: lazy.impacts });
const contextRoute = createRoute({ ...orgChild, path: '/context', component: lazy.context });
const objectivesRoute = createRoute({ ...orgChild, path: '/objectives', component: lazy.objectives });
const objectiveRoute = createRoute({ ...orgChild, path: '/objectives/$id', component: lazy.objective });
const monitoringRoute = createRoute({ ...orgChild, path: '/monitoring', component: lazy.monitoring });
const metricRoute = createRoute({ ...orgChild, path: '/monitoring/metrics/$id', component: lazy.metric });
const peopleRoute = createRoute({ ...orgChild, path: '/people', component: lazy.people });
const improvementRoute = createRoute({ ...orgChild, path: '/improvement', component: lazy.improvement });
const nonconformityRoute = createRoute({
  ...orgChild,
  path: '/nonconformities/$id',
  component: lazy.nonconformity,
});
const auditsRoute = createRoute({ ...orgChild, path: '/audits', component: lazy.audits });
const auditRoute = createRoute({ ...orgChild, path: '/audits/$id', component: lazy.audit });
const managementReviewsRoute = createRoute({
  ...orgChild,
  path: '/management-reviews',
  component: lazy.managementReviews,
});
const managementReviewRoute = createRoute({
  ...orgChild,
  path: '/management-reviews/$id',
  component: lazy.managementReview,
});
const readinessRoute = createRoute({ ...orgChild, path: '/readiness', component: lazy.readiness });
const documentsRoute = createRoute({ ...orgChild, path: '/documents', component: lazy.documents });
const documentRoute = createRoute({ ...orgChild, path: '/documents/$id', component: lazy.document });
const evidenceRoute = createRoute({
  ...orgChild,
  path: '/evidence',
  validateSearch: z.object({ control: z.string().max(16).optional() }),
  component: lazy.evidence,
});
const evidenceDetailRoute = createRoute({
  ...orgChild,
  path: '/evidence/$id',
  component: lazy.evidenceDetail,
});
const webhooksRoute = createRoute({ ...orgChild, path: '/webhooks', component: lazy.webhooks });
const concernsRoute = createRoute({ ...orgChild, path: '/concerns', component: lazy.concerns });
const orgSetupRoute = createRoute({ ...orgChild, path: '/setup', component: lazy.orgSetup });
const areaRoute = createRoute({ ...orgChild, path: '/areas/$areaKey', component: lazy.area });

const routeTree = rootRoute.addChildren([
  setupRoute,
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  acceptRoute,
  publicTransparencyRoute,
  publicConcernRoute,
  publicFollowUpRoute,
  appRoute.addChildren([
    homeRoute,
    notificationsRoute,
    orgRoute.addChildren([
      dashboardRoute,
      aiSystemsRoute,
      newAiSystemRoute,
      aiSystemRoute,
      classifyRoute,
      modelsRoute,
      datasetsRoute,
      suppliersRoute,
      importsRoute,
      gateRoute,
      modelRoute,
      datasetRoute,
      supplierRoute,
      membersRoute,
      invitationsRoute,
      tokensRoute,
      ledgerRoute,
      accessLogRoute,
      commentsRoute,
      annexIvRoute,
      soaRoute,
      risksRoute,
      treatmentBoardRoute,
      riskRoute,
      riskCriteriaRoute,
      threatsRoute,
      impactsRoute,
      readinessRoute,
      contextRoute,
      objectivesRoute,
      objectiveRoute,
      peopleRoute,
      monitoringRoute,
      metricRoute,
      improvementRoute,
      nonconformityRoute,
      auditsRoute,
      auditRoute,
      managementReviewsRoute,
      managementReviewRoute,
      documentsRoute,
      documentRoute,
      evidenceRoute,
      evidenceDetailRoute,
      webhooksRoute,
      concernsRoute,
      areaRoute,
      orgSetupRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: RouteNotFound,
    defaultPendingComponent: PageSkeleton,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
