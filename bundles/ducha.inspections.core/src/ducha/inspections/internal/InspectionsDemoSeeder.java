package ducha.inspections.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.security.Principal;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.inspections.BulletinService;
import ducha.inspections.Checklist;
import ducha.inspections.ChecklistItem;
import ducha.inspections.ChecklistService;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionPlan;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;
import ducha.inspections.ItemResult;
import ducha.inspections.PlanService;

/**
 * The demo court's year of daily inspections, through the services as the office would record it: this year's plan,
 * a 作风纪律 checklist, close to four inspections a month over the last twelve months (a third unannounced, half of
 * them 云督察) each by two of the office's supervisors, a finding in every other one (some naming a person), the older findings rectified, verified and their
 * inspections closed, and two bulletins of closed findings.
 */
@Component
public class InspectionsDemoSeeder implements DemoSeeder {

	private static final String[][] FINDINGS = { { "上班时间有干警脱岗，未在岗位", "严格考勤，落实请销假制度" },
			{ "诉讼服务窗口工作人员着装不规范、未佩戴工作牌", "按规定着装并佩戴工作牌" },
			{ "庭审中审判人员使用手机，影响庭审秩序", "严格遵守法庭纪律，庭审中不得使用手机" },
			{ "案件管理平台显示多起案件超审限未报延长", "逐案清理，及时履行延长审限审批手续" },
			{ "办公室存放与工作无关物品，环境脏乱", "清理整顿办公环境" }, { "视频监控显示值班人员未按时到岗", "落实值班制度，加强值班巡查" },
			{ "庭审直播中书记员记录不规范", "加强庭审记录培训，规范记录" } };

	@Reference
	private PlanService plans;

	@Reference
	private ChecklistService checklists;

	@Reference
	private InspectionService inspections;

	@Reference
	private BulletinService bulletins;

	@Reference
	private SupervisorService supervisors;

	@Override
	public String id() {
		return "inspections";
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void seed(DemoContext demo) {
		Random random = demo.random();
		LocalDate today = demo.today();
		Principal office = demo.actor();
		List<Staff> staff = demo.staff().stream().filter(s -> s.status() == EmploymentStatus.ACTIVE).toList();
		if (staff.isEmpty()) {
			return;
		}
		List<InspectionPlan> planned = new ArrayList<>(plans.planYear(today.getYear(),
				LocalDate.of(today.getYear(), 1, 1), List.of("专职督察员", "行政综合（含财务、项目建设）", "执行"), office));
		Checklist checklist = checklists.save("ZFJL", "作风纪律检查清单", List.of(
				new ChecklistItem("工作纪律", "按时到岗，无迟到、早退、脱岗", 0, true),
				new ChecklistItem("工作纪律", "上班时间无玩游戏、网购等与工作无关的行为", 0, true),
				new ChecklistItem("行为规范", "着装规范，佩戴工作牌", 0, false),
				new ChecklistItem("窗口服务", "诉讼服务窗口文明接待", 10, false),
				new ChecklistItem("办公环境", "办公场所整洁有序", 5, false)), 0, office);
		List<Finding> closedFindings = new ArrayList<>();
		int recorded = 0;
		for (LocalDate day = today.minusMonths(12).plusDays(1); !day.isAfter(today.minusDays(1)); day = day
				.plusDays(6 + random.nextInt(3))) {
			Staff inspected = staff.get(random.nextInt(staff.size()));
			InspectionMode mode = random.nextInt(3) == 0 ? InspectionMode.UNANNOUNCED : InspectionMode.OPEN;
			InspectionSource source = random.nextBoolean() ? InspectionSource.ON_SITE
					: InspectionSource.values()[1 + random.nextInt(3)];
			boolean special = day.getMonthValue() % 3 == 0 && day.getDayOfMonth() > 20;
			InspectionSubject subject = special ? InspectionSubject.SPECIAL_THEME
					: InspectionSubject.values()[random.nextInt(3)];
			Inspection draft = Inspection.of(LocalDateTime.of(day, LocalTime.of(9 + random.nextInt(7), 0)),
					special ? InspectionKind.SPECIAL : InspectionKind.ROUTINE, mode, source, subject,
					List.of(inspected.departmentCode()), List.of(inspected.staffNo()), "按计划开展督察，对照检查清单逐项检查。");
			boolean failed = random.nextBoolean();
			draft = draft.withChecklist(checklist, List.of(failed ? ItemResult.fail(1, "有干警脱岗") : ItemResult.pass(1),
					ItemResult.pass(2), ItemResult.pass(3), ItemResult.scored(4, 7 + random.nextInt(4), ""),
					ItemResult.scored(5, 3 + random.nextInt(3), "")));
			draft = draft.withInspectors(inspectors(day, random));
			Inspection inspection = inspections.record(draft, planFor(planned, draft), office);
			recorded++;
			if (failed) {
				String[] text = FINDINGS[random.nextInt(FINDINGS.length)];
				Finding finding = inspections.addFinding(inspection.inspectionNo(),
						Finding.of(inspected.departmentCode(), random.nextBoolean() ? inspected.staffNo() : null,
								text[0], text[1], day.plusDays(15)), office);
				if (day.plusDays(30).isBefore(today)) {
					Finding rectified = inspections.reportRectified(finding.findingNo(), finding.version(),
							day.plusDays(10), "已整改到位", office);
					inspections.verify(finding.findingNo(), rectified.version(), day.plusDays(20), office);
					closedFindings.add(finding);
				}
			}
			if (day.plusDays(30).isBefore(today)) {
				inspections.close(inspection.inspectionNo(), day.plusDays(25), office);
			}
		}
		issueBulletins(closedFindings, today, office);
		demo.log("日常督察 " + recorded + " 次");
	}

	/** Two of the office's supervisors (the director, the full-time supervisors) holding the role on the day. */
	private List<String> inspectors(LocalDate day, Random random) {
		List<String> office = new ArrayList<>();
		for (SupervisorRole role : List.of(SupervisorRole.OFFICE_DIRECTOR, SupervisorRole.FULL_TIME_SUPERVISOR)) {
			supervisors.heldOn(role, day).forEach(a -> office.add(a.staffNo()));
		}
		Collections.shuffle(office, random);
		return office.subList(0, Math.min(2, office.size()));
	}

	/** The plan of the inspection's month and kind still open, if this year planned one. */
	private static String planFor(List<InspectionPlan> planned, Inspection inspection) {
		for (int i = 0; i < planned.size(); i++) {
			InspectionPlan p = planned.get(i);
			boolean sameMonth = p.kind() == InspectionKind.ROUTINE
					? p.month().equals(YearMonth.from(inspection.date()))
					: p.due().getYear() == inspection.date().getYear()
							&& (p.due().getMonthValue() - 1) / 3 == (inspection.date().getMonthValue() - 1) / 3;
			if (p.kind() == inspection.kind() && sameMonth) {
				planned.remove(i);
				return p.planNo();
			}
		}
		return null;
	}

	/** Two bulletins, each naming half of the closed findings, issued a month apart. */
	private void issueBulletins(List<Finding> closed, LocalDate today, Principal office) {
		if (closed.size() < 2) {
			return;
		}
		int half = closed.size() / 2;
		LocalDate first = today.minusMonths(4);
		bulletins.issue("关于" + first.getYear() + "年上半年日常督察情况的通报", first,
				closed.subList(0, half).stream().map(Finding::findingNo).toList(), office);
		bulletins.issue("关于近期日常督察发现问题的通报", today.minusMonths(1),
				closed.subList(half, closed.size()).stream().map(Finding::findingNo).toList(), office);
	}
}
