import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  DashboardOutlined,
  FundOutlined,
  PieChartOutlined,
  TrophyOutlined,
  CrownOutlined,
  ProfileOutlined,
  CarryOutOutlined,
  ExperimentOutlined,
  SwapOutlined,
  UserOutlined,
  AuditOutlined as ApprovalOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Access } from '../access';
import type { MessageKey } from '../locales/zh-CN';

/**
 * Every screen of the console: its path, menu entry and the permission it needs. The menu shows only
 * what the user may open, and opening a route the user may not see shows 403.
 */
export interface ConsoleRoute {
  path: string;
  name?: MessageKey;
  icon?: ReactNode;
  access?: keyof Access;
  hideInMenu?: boolean;
  component: LazyExoticComponent<ComponentType>;
}

export const routes: ConsoleRoute[] = [
  { path: '/workbench', name: 'menu.workbench', icon: <DashboardOutlined />, access: 'signedIn', component: lazy(() => import('../pages/Workbench')) },
  { path: '/approvals', name: 'menu.approvals', icon: <ApprovalOutlined />, access: 'signedIn', component: lazy(() => import('../pages/Approvals')) },
  { path: '/approvals/:service/:workflowId', hideInMenu: true, access: 'signedIn', component: lazy(() => import('../pages/Approvals/ApprovalDetail')) },
  { path: '/delegations', name: 'menu.delegations', icon: <SwapOutlined />, access: 'canDecideApprovals', component: lazy(() => import('../pages/Delegations')) },
  { path: '/notifications', name: 'menu.notifications', icon: <BellOutlined />, access: 'signedIn', component: lazy(() => import('../pages/Notifications')) },
  { path: '/org', name: 'menu.org', icon: <ApartmentOutlined />, access: 'isUnionCadre', component: lazy(() => import('../pages/Org')) },
  { path: '/competitions', name: 'menu.competitions', icon: <TrophyOutlined />, access: 'canSeeCompetitions', component: lazy(() => import('../pages/Competitions')) },
  { path: '/competitions/new', hideInMenu: true, access: 'canManageCompetitions', component: lazy(() => import('../pages/Competitions/CompetitionForm')) },
  { path: '/competitions/:id', hideInMenu: true, access: 'canSeeCompetitions', component: lazy(() => import('../pages/Competitions/CompetitionDetail')) },
  { path: '/competitions/:id/edit', hideInMenu: true, access: 'canManageCompetitions', component: lazy(() => import('../pages/Competitions/CompetitionForm')) },
  { path: '/hazards', name: 'menu.hazards', icon: <AlertOutlined />, access: 'canSeeHazards', component: lazy(() => import('../pages/Hazards')) },
  { path: '/assessment', name: 'menu.assessment', icon: <CarryOutOutlined />, access: 'canSeeAssessment', component: lazy(() => import('../pages/Assessment')) },
  { path: '/assessment/competitions/:id', hideInMenu: true, access: 'canSeeAssessment', component: lazy(() => import('../pages/Assessment/CompetitionAssessment')) },
  { path: '/assessment/sheets/:id', hideInMenu: true, access: 'canSeeAssessment', component: lazy(() => import('../pages/Assessment/SheetPage')) },
  { path: '/skills-contests', name: 'menu.skillsContests', icon: <ExperimentOutlined />, access: 'canSeeSkillsContests', component: lazy(() => import('../pages/SkillsContests')) },
  { path: '/skills-contests/:id', hideInMenu: true, access: 'canSeeSkillsContests', component: lazy(() => import('../pages/SkillsContests/ContestDetail')) },
  { path: '/honours', name: 'menu.honours', icon: <CrownOutlined />, access: 'canSeeHonours', component: lazy(() => import('../pages/Honours')) },
  { path: '/honours/nominations/:id', hideInMenu: true, access: 'canSeeHonours', component: lazy(() => import('../pages/Honours/NominationDetail')) },
  { path: '/registers', name: 'menu.registers', icon: <ProfileOutlined />, access: 'canSeeRegisters', component: lazy(() => import('../pages/Registers')) },
  { path: '/dashboards', name: 'menu.dashboards', icon: <FundOutlined />, access: 'canSeeDashboards', component: lazy(() => import('../pages/Dashboards')) },
  { path: '/coverage', name: 'menu.coverage', icon: <PieChartOutlined />, access: 'canSeeCoverage', component: lazy(() => import('../pages/Coverage')) },
  { path: '/case-files/:kind/:id', hideInMenu: true, access: 'canSeeCaseFiles', component: lazy(() => import('../pages/CaseFiles')) },
  { path: '/audit', name: 'menu.audit', icon: <AuditOutlined />, access: 'canReadAudit', component: lazy(() => import('../pages/Audit')) },
  { path: '/me', name: 'menu.me', icon: <UserOutlined />, access: 'signedIn', component: lazy(() => import('../pages/Me')) },
];
