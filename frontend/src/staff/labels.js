// Chinese labels for the staff consoles (county and township staff work in Chinese; worker pages are bilingual).
// Township and unit names are the jurisdiction's: townshipLabels and unitLabels in ../jurisdiction.js.
export const STATUS = { registered: '已登记', assigned: '已交办', verifying: '核实中', handling: '处理中', resolved: '已解决', closed: '已办结', redirected: '已告知渠道' }
export const RISK = { red: '红色预警', yellow: '黄色预警', blue: '蓝色预警', none: '正常' }
export const ROLE = { township: '属地', bureau: '行业主管', lead: '牵头', police: '公安', legal_aid: '法律援助', task_force: '工作专班' }
export const FLAG = { task_force: '专班督办', police_referral: '移送公安', legal_aid: '法律援助', fast_track: '快速办理', not_wage: '非欠薪', repeat_employer: '多次被投诉', needs_triage: '待分办确认', unsure_wage: '是否欠薪待确认', unsure_sector: '行业待确认', unclassified: '待分类' }
export const SECTOR = {
  construction: '建筑', transport: '交通', water: '水利', agriculture: '农业', manufacturing: '制造',
  services: '服务业', gig: '平台/快递', public_sector: '机关事业单位', other: '其他行业', not_wage: '非欠薪',
}
export const ACTION = {
  register: '登记', route: '分派', rating: '评价',
  assign: '增加交办单位', redirect: '转其他渠道', accept: '签收', verified: '核实完毕', progress: '报告进展',
  resolve: '办结（记录解决方式）', follow_up: '回访', close: '结案', note: '备注',
  correct: '更正分析', unit_added: '增加单位', unit_removed: '撤出单位',
}
export const ROUTE = { inspection: '监察执法处理', mediation: '集中接访化解', court: '司法联动执行', guarantee_fund: '应急保障资金兜底' }
export const FUND = { wage_deposit: '工资保证金', presale_escrow: '预售监管资金', emergency_fund: '应急周转金' }
export const yuan = (n) => (n == null ? '—' : `${Number(n).toLocaleString('zh-CN')} 元`)
export const when = (iso) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—')
export const STAFF_ROLE = { hotline: '热线坐席', handler: '办理人员', supervisor: '调度督办', admin: '系统管理员' }
