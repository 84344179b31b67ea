package ducha.team.internal.roster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.security.Principal;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.team.GroupService;
import ducha.team.RosterService;
import ducha.team.SelectionCriteria;
import ducha.team.SpecialistGroup;

/**
 * The demo court's roster as the office would complete it: the selection criteria of the supervisors the platform
 * appointed, the five specialist groups with the part-time supervisors of their departments (by the group names
 * the platform gave them) and the first political supervisor as leader, and the departments without part-time
 * supervisors exempted from the gaps.
 */
@Component
public class RosterDemoSeeder implements DemoSeeder {

	/** Code and name of the five groups of the brief, with what each supervises. */
	static final Map<String, String[]> GROUPS = groups();

	private static final String[] POLITICAL = { "政治立场坚定，理论学习扎实", "党性观念强，带头学习贯彻上级部署",
			"中共党员，历年政治理论测试优秀" };
	private static final String[] PROFESSIONAL = { "熟悉审判执行业务，办案质效居部门前列", "业务骨干，熟悉本部门工作流程",
			"长期从事审判管理，熟悉案件评查标准" };
	private static final String[] DISCIPLINE = { "遵规守纪，近三年无违纪记录", "作风严谨，群众评价好", "廉洁自律，敢于较真碰硬" };

	@Reference
	private RosterContext context;

	@Reference
	private RosterService roster;

	@Reference
	private GroupService groupService;

	private static Map<String, String[]> groups() {
		Map<String, String[]> groups = new LinkedHashMap<>();
		groups.put("LAXF", new String[] { "立案信访", "立案、诉讼服务、信访接待和审判监督" });
		groups.put("XSXZ", new String[] { "刑事行政", "刑事审判和行政审判" });
		groups.put("MSS", new String[] { "民商事", "民商事审判和人民法庭" });
		groups.put("ZX", new String[] { "执行", "执行和司法警务" });
		groups.put("XZZH", new String[] { "行政综合（含财务、项目建设）", "综合行政、财务和项目建设" });
		return groups;
	}

	@Override
	public String id() {
		return "team.roster";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void seed(DemoContext demo) {
		Random random = demo.random();
		Principal office = demo.actor();
		LocalDate today = demo.today();
		List<SupervisorAssignment> held = context.supervisors.heldOn(null, today);
		for (SupervisorAssignment a : held) {
			roster.recordCriteria(a.id(), criteria(a, random, today), office);
		}
		seedGroups(held, office);
		Set<String> supervised = held.stream().filter(a -> a.departmentCode() != null)
				.map(SupervisorAssignment::departmentCode).collect(Collectors.toSet());
		for (Department d : context.directory.departments()) {
			if (d.active() && d.kind() != DepartmentKind.LEADERSHIP && !supervised.contains(d.code())) {
				roster.exempt(d.code(), "本部门不设兼职督察员", office);
			}
		}
		demo.log("督察员选任条件 " + held.size() + " 条，专业督察组 " + GROUPS.size() + " 个");
	}

	private void seedGroups(List<SupervisorAssignment> held, Principal office) {
		for (Map.Entry<String, String[]> g : GROUPS.entrySet()) {
			String name = g.getValue()[0];
			List<SupervisorAssignment> members = held.stream().filter(a -> name.equals(a.groupName()))
					.sorted(Comparator.comparing(SupervisorAssignment::role).thenComparing(SupervisorAssignment::staffNo))
					.toList();
			if (members.isEmpty()) {
				continue;
			}
			LocalDate established = members.stream().map(SupervisorAssignment::startDate).min(Comparator.naturalOrder())
					.orElseThrow();
			groupService.create(new SpecialistGroup(g.getKey(), name, g.getValue()[1], members.get(0).staffNo(),
					established, null), office);
			members.stream().map(SupervisorAssignment::staffNo).distinct()
					.forEach(no -> groupService.addMember(g.getKey(), no, established, office));
		}
	}

	private SelectionCriteria criteria(SupervisorAssignment a, Random random, LocalDate today) {
		int years = context.directory.staff(a.staffNo()).map(s -> s.hireDate())
				.map(hired -> hired == null ? 0 : today.getYear() - hired.getYear()).orElse(0);
		String seniority = years > 0 ? "从事法院工作 " + years + " 年" : "从事法院工作多年";
		String ref = "院政〔" + a.startDate().getYear() + "〕" + (a.role() == SupervisorRole.OFFICE_DIRECTOR ? 1 : 3) + "号";
		return new SelectionCriteria(pick(POLITICAL, random), pick(PROFESSIONAL, random), pick(DISCIPLINE, random),
				seniority, ref);
	}

	private static String pick(String[] options, Random random) {
		return options[random.nextInt(options.length)];
	}
}
