package ducha.petitions.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.demo.DemoAccounts;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.petitions.Channel;
import ducha.petitions.ClueKind;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.PetitionState;
import ducha.petitions.Reporter;
import ducha.petitions.ScreeningOutcome;
import ducha.petitions.internal.jpa.ClearanceEntity;
import ducha.petitions.internal.jpa.ClueEntity;
import ducha.petitions.internal.jpa.NoteEntity;
import ducha.petitions.internal.jpa.PetitionEntity;
import ducha.petitions.internal.jpa.ReceptionEntity;

/**
 * The demo court's petitions, shaped like the source article's year: last year 4 received and 4 verified and
 * disposed, 2 staff cleared of false reports; this year a few open ones (one overdue, one due this week); a
 * screening library; the reception log of the last weeks' Wednesdays.
 */
@Component
public class PetitionsDemoSeeder implements DemoSeeder {

	@Reference
	private PetitionsUnit unit;

	@Reference
	private ReporterSeal seal;

	@Reference
	private PetitionKeys keys;

	/** The reporters of the petitions being seeded, sealed once the handlers are set (their keys are granted). */
	private final Map<PetitionEntity, Reporter> reporters = new LinkedHashMap<>();

	@Override
	public String id() {
		return "petitions";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void seed(DemoContext context) {
		DemoPeople people = new DemoPeople(context);
		LocalDate today = context.today();
		int[] counts = Jpa.write(unit.emf(), em -> {
			reporters.clear();
			int last = lastYear(em, people, today.getYear() - 1);
			int open = thisYear(em, people, today);
			int clues = clues(em, people, today);
			int receptions = receptions(em, people, today);
			sealReporters(em);
			return new int[] { last, open, clues, receptions };
		});
		context.log(NLS.bind(Messages.demoSeeded,
				new Object[] { counts[0] + counts[1], counts[0], counts[1], counts[2], counts[3] }));
	}

	private int lastYear(EntityManager em, DemoPeople people, int year) {
		Staff a = people.accused();
		Staff b = people.accused();
		Staff c = people.accused();
		Staff d = people.accused();
		PetitionEntity p1 = petition(em, year + "-001", Channel.LETTER, LocalDate.of(year, 3, 6),
				Reporter.named("陈建国", "13908071234"), List.of(a), "违反廉洁纪律",
				"来信反映其在审理一起民间借贷纠纷期间接受一方当事人宴请，并私下会见当事人。", null, null);
		finish(em, p1, LocalDate.of(year, 4, 10), Conclusion.UNFOUNDED,
				"经调取监控、询问双方当事人及书记员，未发现接受宴请和私下会见的事实，反映问题不实。", Disposition.NO_ACTION);
		em.persist(new ClearanceEntity(p1.id(), a.staffNo(), LocalDate.of(year, 4, 18),
				"经核查，反映该同志接受当事人宴请、私下会见当事人的问题不实，特予澄清，消除不良影响。", DemoAccounts.DIRECTOR));

		LocalDate visit = LocalDate.of(year, 5, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		PetitionEntity p2 = petition(em, year + "-002", Channel.VISIT, visit, Reporter.named("刘秀英", "青山镇石桥村三组"),
				List.of(b), "工作作风", "来访反映其在接待当事人时态度生硬，对立案材料一次性告知不到位，致其多次往返。", null, null);
		finish(em, p2, visit.plusDays(25), Conclusion.PARTLY_SUBSTANTIATED,
				"一次性告知不到位属实，态度生硬的情况未查实。", Disposition.REMINDER_TALK);

		PetitionEntity p3 = petition(em, year + "-003", Channel.ONLINE, LocalDate.of(year, 8, 14), Reporter.ANONYMOUS,
				List.of(c), "违反廉洁纪律", "网上匿名举报其在执行案件中选择性执行，与被执行人有不正当往来。", null, null);
		finish(em, p3, LocalDate.of(year, 9, 20), Conclusion.FALSE_OR_MALICIOUS,
				"经查阅执行卷宗、银行流水并询问申请执行人，举报内容与事实不符，系被执行人为拖延执行捏造。", Disposition.NO_ACTION);
		em.persist(new ClearanceEntity(p3.id(), c.staffNo(), LocalDate.of(year, 9, 28),
				"经核查，网上举报该同志选择性执行、与被执行人不正当往来的问题系诬告，特予澄清正名。", DemoAccounts.DIRECTOR));

		PetitionEntity p4 = petition(em, year + "-004", Channel.REFERRAL, LocalDate.of(year, 10, 9),
				Reporter.named("王立群", "13551209876"), List.of(d), "违法审判",
				"市中级人民法院转办：反映其超审限未结案件且未依法办理延长审限手续。", "市中级人民法院督察室", LocalDate.of(year, 11, 8));
		finish(em, p4, LocalDate.of(year, 10, 30), Conclusion.SUBSTANTIATED, "该案超审限 23 天未办理延长手续属实。",
				Disposition.CRITICISM);
		return 4;
	}

	private int thisYear(EntityManager em, DemoPeople people, LocalDate today) {
		int year = today.getYear();
		LocalDate lastWednesday = notBefore(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)), year);
		petition(em, year + "-004", Channel.VISIT, lastWednesday, Reporter.named("赵德明", "13795501122"),
				List.of(people.accused()), "执行问题", "来访反映其承办的执行案件长期未发放执行款。", null, null);

		LocalDate referred = notBefore(today.minusDays(12), year);
		PetitionEntity overdue = petition(em, year + "-002", Channel.REFERRAL, referred, Reporter.ANONYMOUS,
				List.of(people.accused(), people.accused()), "违反廉洁纪律", "上级转办：反映两名干警在案件评估拍卖中与中介机构有利益往来。",
				"市纪委监委驻市中级人民法院纪检监察组", today.minusDays(2));
		overdue.setHandlers(List.of(DemoAccounts.SUPERVISOR));
		overdue.setState(PetitionState.VERIFYING);
		em.persist(new NoteEntity(overdue.id(), DemoAccounts.SUPERVISOR, referred.plusDays(3).atStartOfDay()
				.toInstant(java.time.ZoneOffset.ofHours(8)), "已调取评估机构选定记录，待约谈执行局内勤。"));

		PetitionEntity due = petition(em, year + "-001", Channel.REFERRAL, notBefore(today.minusDays(20), year),
				Reporter.named("孙丽", "13648207733"), List.of(people.accused()), "工作作风", "上级转办：反映其开庭迟到、庭审中接听电话。",
				"市中级人民法院督察室", today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
		due.setHandlers(List.of(DemoAccounts.SUPERVISOR));
		due.setState(PetitionState.ASSIGNED);

		PetitionEntity online = petition(em, year + "-003", Channel.ONLINE, notBefore(today.minusDays(8), year),
				Reporter.ANONYMOUS, List.of(people.accused()), "违反组织纪律", "网上举报其工作日午间饮酒。", null, null);
		online.setHandlers(List.of(DemoAccounts.SUPERVISOR, DemoAccounts.DIRECTOR));
		online.setState(PetitionState.VERIFYING);
		return 4;
	}

	private static int clues(EntityManager em, DemoPeople people, LocalDate today) {
		int year = today.getYear();
		String[][] rows = { { "（" + (year - 1) + "）川0724民初1288号", "REVERSED_OR_REMANDED", "二审以事实不清发回重审" },
				{ "（" + (year - 1) + "）川0724民初2043号", "REVERSED_OR_REMANDED", "二审改判：违约金计算有误" },
				{ "（" + (year - 1) + "）川0724刑初117号", "RETRIAL", "本院审判委员会决定再审" },
				{ "（" + (year - 1) + "）川0724执1562号", "UNQUALIFIED", "案件评查：终本程序不规范" },
				{ "（" + year + "）川0724民初305号", "UNQUALIFIED", "案件评查：送达程序瑕疵" },
				{ "（" + year + "）川0724行初12号", "REVERSED_OR_REMANDED", "二审改判" } };
		for (int i = 0; i < rows.length; i++) {
			Staff judge = people.accused();
			ClueEntity clue = new ClueEntity(DefaultClueService.LEDGER_SOURCE, ClueKind.valueOf(rows[i][1]), rows[i][0],
					judge.staffNo(), judge.departmentCode(), notBefore(today.minusDays(300 - i * 45L), year - 1),
					rows[i][2]);
			if (i < 3) {
				clue.screen(i == 1 ? ScreeningOutcome.LEAD_OPENED : ScreeningOutcome.NO_ISSUE,
						i == 1 ? "改判理由涉及适用法律明显错误，立案核查" : "系法律认识分歧，未发现违纪违法线索", null,
						notBefore(today.minusDays(280 - i * 45L), year - 1), DemoAccounts.SUPERVISOR);
			}
			em.persist(clue);
		}
		return rows.length;
	}

	private static int receptions(EntityManager em, DemoPeople people, LocalDate today) {
		int n = 0;
		LocalDate day = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
		for (int week = 0; week < 10; week++, day = day.minusWeeks(1)) {
			Staff receiver = week % 2 == 0 ? people.director() : people.supervisor();
			String note = week == 0 ? "接待来访群众 1 人次，登记信访件" : week % 3 == 1 ? "接待来访群众 1 人次，系诉讼咨询，已引导至诉讼服务中心" : "当日无来访";
			em.persist(new ReceptionEntity(day, receiver.staffNo(), week == 0 ? Petitions.PREFIX + today.getYear() + "-004" : null, note));
			n++;
		}
		return n;
	}

	private PetitionEntity petition(EntityManager em, String number, Channel channel, LocalDate received,
			Reporter reporter, List<Staff> reported, String category, String summary, String referringBody,
			LocalDate referralDeadline) {
		LocalDate deadline = referralDeadline != null ? referralDeadline
				: received.plusDays(DeadlineSettings.defaults().get(channel));
		PetitionEntity p = new PetitionEntity(Petitions.PREFIX + number, channel, received, reporter.anonymous(),
				null, summary, category, referringBody, deadline,
				reported.stream().map(Staff::staffNo).distinct().toList(), DemoAccounts.DIRECTOR);
		em.persist(p);
		em.flush();
		reporters.put(p, reporter);
		return p;
	}

	/** Each petition's data key for the demo director and its handlers, as intake and assignment make them. */
	private void sealReporters(EntityManager em) {
		reporters.forEach((p, reporter) -> p.setReporterSealed(
				seal.seal(reporter, p.number(), keys.require(em, p, DemoAccounts.DIRECTOR))));
		reporters.clear();
	}

	private static void finish(EntityManager em, PetitionEntity p, LocalDate concluded, Conclusion conclusion,
			String text, Disposition disposition) {
		p.setHandlers(List.of(DemoAccounts.SUPERVISOR));
		p.conclude(conclusion, text, concluded);
		p.dispose(disposition, disposition == Disposition.NO_ACTION ? "反映问题不实，不予处理。" : "由分管院领导和督察室主任实施。",
				concluded.plusDays(5));
		p.close(concluded.plusDays(7));
		em.flush();
	}

	private static LocalDate notBefore(LocalDate day, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		return day.isBefore(first) ? first : day;
	}
}
