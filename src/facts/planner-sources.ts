/**
 * Newer sources the planner cites that src/facts/sources.ts does not list (all are named in
 * ../shared/domain/newer-sources.md). Same citation format as `cite()`.
 */
import { cite, formatCitation, SOURCES, type CitedSection, type SourceDoc, type SourceKey } from './sources';

export const PLANNER_SOURCES = {
  DWERA: { key: 'DWERA', title: 'dwera.cn notice: MIIT SMS verification at beian.miit.gov.cn, who verifies by filing type', where: 'newer-sources.md §3', date: '2020-10-23' },
  CNTS: { key: 'CNTS', title: 'cntuanshan help: SMS verification nationwide, sender 12381', where: 'newer-sources.md §3', date: '2020' },
  XQC7: { key: 'XQC7', title: 'xqc7com web-registration notes (SMS and results from 12381)', where: 'xqc7com/xqc7com.github.io content/archives/web-registration/index.md', date: '2025-09-25' },
  ALIREVIEW: { key: 'ALIREVIEW', title: 'Alibaba Cloud: the ICP record review (order cleanup after 45 days; 管局 1-20 working days)', where: 'help.aliyun.com/zh/icp-filing/user-guide/the-icp-record-review (copy at chzw518.com), newer-sources.md §5', date: 'current' },
  MIITFOOTER: { key: 'MIITFOOTER', title: 'zhangzhibin/xmanyou-blog: www.miitbeian.gov.cn replaced by beian.miit.gov.cn', where: 'newer-sources.md §5', date: '2021-01-20' },
} as const satisfies Record<string, SourceDoc>;

export type PlannerSourceKey = keyof typeof PLANNER_SOURCES;

/** `cite()` for either the shared sources or the planner's extra ones. */
export function citeAny(key: SourceKey | PlannerSourceKey, section?: CitedSection): string {
  if (key in SOURCES) return cite(key as SourceKey, section);
  return formatCitation(key, PLANNER_SOURCES[key as PlannerSourceKey], section);
}
