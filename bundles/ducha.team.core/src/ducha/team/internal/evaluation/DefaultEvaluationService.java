package ducha.team.internal.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.DocumentService;
import ducha.core.documents.NumberingService;
import ducha.core.jpa.Jpa;
import ducha.core.ledger.LedgerFormat;
import ducha.core.period.Period;
import ducha.core.period.PeriodKind;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.team.DutyTally;
import ducha.team.Evaluation;
import ducha.team.EvaluationBulletin;
import ducha.team.EvaluationService;
import ducha.team.PerformanceArchive;
import ducha.team.internal.jpa.EvaluationBulletinEntity;
import ducha.team.internal.jpa.EvaluationEntity;
import ducha.team.internal.jpa.TeamUnit;

/** Evaluations stored in the team's unit, duties counted by the installed plugins; see {@link EvaluationService}. */
@Component
public class DefaultEvaluationService implements EvaluationService {

	static final int REMARKS_LIMIT = 2000;

	private static final Set<PeriodKind> EVALUATED = Set.of(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR);

	private final EntityManagerFactory emf;
	private final AuditLog audit;
	private final DirectoryService directory;
	private final Duties duties;
	private final EvaluationAccess access;
	private final IntegritySupervisors supervisors;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile DocumentService documents;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile NumberingService numbering;

	@Activate
	public DefaultEvaluationService(@Reference(target = TeamUnit.TARGET) EntityManagerFactory emf,
			@Reference AuthorizationService authorization, @Reference AuditLog audit,
			@Reference DirectoryService directory, @Reference SupervisorService roles, @Reference Duties duties) {
		this.emf = emf;
		this.audit = audit;
		this.directory = directory;
		this.duties = duties;
		access = new EvaluationAccess(authorization);
		supervisors = new IntegritySupervisors(roles);
	}

	@Override
	public List<String> supervisors(Period period, Principal viewer) {
		access.checkRead(viewer);
		return visible(supervisors.of(period), viewer).keySet().stream().toList();
	}

	@Override
	public Evaluation record(Evaluation evaluation, Principal actor) {
		access.checkEvaluate(actor);
		Period period = evaluation.period();
		if (!EVALUATED.contains(period.kind())) {
			throw new ValidationException(NLS.bind(Messages.periodKindInvalid, period.label()));
		}
		if (evaluation.annual() && evaluation.grade() == null) {
			throw new ValidationException(Messages.gradeRequired);
		}
		if (!evaluation.annual() && evaluation.grade() != null) {
			throw new ValidationException(Messages.gradeOnlyAnnual);
		}
		if (!evaluation.annual() && evaluation.remarks().isEmpty()) {
			throw new ValidationException(Messages.remarksRequired);
		}
		if (evaluation.remarks().length() > REMARKS_LIMIT) {
			throw new ValidationException(NLS.bind(Messages.remarksTooLong, REMARKS_LIMIT));
		}
		if (supervisors.covered(evaluation.staffNo(), period).isEmpty()) {
			throw new ValidationException(
					NLS.bind(Messages.notIntegritySupervisor, staffName(evaluation.staffNo()), period.label()));
		}
		LocalDate today = LocalDate.now();
		Evaluation stored = Jpa.write(emf, em -> {
			EvaluationEntity entity = em.createQuery("select e from EvaluationEntity e where e.staffNo = :staff"
					+ " and e.periodKind = :kind and e.periodFrom = :from", EvaluationEntity.class)
					.setParameter("staff", evaluation.staffNo()).setParameter("kind", period.kind())
					.setParameter("from", period.from()).getResultList().stream().findFirst().orElse(null);
			if (entity == null) {
				entity = new EvaluationEntity(evaluation.staffNo(), period);
				em.persist(entity);
			}
			entity.update(evaluation, actor.username(), today);
			Evaluation done = entity.toRecord();
			audit.recordIn(em, actor, "team.evaluation.record", "team.evaluation", done.staffNo() + "/" + period.label(),
					(done.grade() == null ? "" : done.grade().label() + "，") + done.remarks());
			return done;
		});
		return stored;
	}

	@Override
	public List<Evaluation> evaluations(int year, Principal viewer) {
		access.checkRead(viewer);
		Map<String, String> visible = visible(supervisors.of(Period.year(year)), viewer);
		return stored(year).stream().filter(e -> visible.containsKey(e.staffNo())).toList();
	}

	@Override
	public PerformanceArchive archive(String staffNo, int year, Principal viewer) {
		Period period = Period.year(year);
		String department = supervisors.covered(staffNo, period).orElse(null);
		access.checkRead(viewer, staffNo, department);
		if (department == null) {
			throw new NotFoundException(NLS.bind(Messages.notIntegritySupervisor, staffName(staffNo), period.label()));
		}
		PerformanceArchive archive = archives(year, Map.of(staffNo, department)).get(0);
		audit.record(viewer, "team.archive.read", "team.archive", staffNo + "/" + year, "");
		return archive;
	}

	@Override
	public List<PerformanceArchive> archives(int year, Principal viewer) {
		access.checkRead(viewer);
		return archives(year, visible(supervisors.of(Period.year(year)), viewer));
	}

	/** The archives of the supervisors (工号 → department covered), in the court's department order. */
	private List<PerformanceArchive> archives(int year, Map<String, String> who) {
		Set<String> staffNos = who.keySet();
		Map<String, List<DutyTally>> ofYear = duties.count(Period.year(year), staffNos);
		List<Map<String, List<DutyTally>>> ofQuarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			ofQuarters.add(duties.count(Period.quarter(year, q), staffNos));
		}
		List<Evaluation> evaluations = stored(year);
		BonusRules rules = BonusRules.configured();
		DepartmentNames names = directory.departmentNames();
		List<PerformanceArchive> archives = new ArrayList<>();
		for (Map.Entry<String, String> e : inDepartmentOrder(who, names)) {
			String staffNo = e.getKey();
			List<DutyTally> ofTheYear = ofYear.getOrDefault(staffNo, List.of());
			List<Evaluation> own = evaluations.stream().filter(v -> v.staffNo().equals(staffNo)).toList();
			Evaluation annual = own.stream().filter(Evaluation::annual).findFirst().orElse(null);
			archives.add(new PerformanceArchive(staffNo, staffName(staffNo), e.getValue(),
					e.getValue().isEmpty() ? "" : names.name(e.getValue()), year, ofTheYear,
					ofQuarters.stream().map(m -> m.getOrDefault(staffNo, List.of())).toList(), own,
					rules.points(annual == null ? null : annual.grade(), ofTheYear)));
		}
		return archives;
	}

	/** The year's stored evaluations: per person, quarters, then half-years, then the year. */
	private List<Evaluation> stored(int year) {
		Period period = Period.year(year);
		return Jpa.read(emf, em -> em.createQuery(
				"select e from EvaluationEntity e where e.periodFrom >= :from and e.periodTo <= :to",
				EvaluationEntity.class).setParameter("from", period.from()).setParameter("to", period.to())
				.getResultList().stream().map(EvaluationEntity::toRecord)
				.sorted(Comparator.comparing(Evaluation::staffNo)
						.thenComparing(e -> e.period().kind() == PeriodKind.QUARTER ? 0
								: e.period().kind() == PeriodKind.HALF_YEAR ? 1 : 2)
						.thenComparing(e -> e.period().from()))
				.toList());
	}

	@Override
	public int bonusSheet(int year, LedgerFormat format, OutputStream out, Principal actor) {
		access.checkEvaluate(actor);
		List<PerformanceArchive> archives = archives(year, supervisors.of(Period.year(year)));
		BonusSheet.write(archives, format, out);
		audit.record(actor, "team.bonus.export", "team.bonus", String.valueOf(year), archives.size() + " 人");
		return archives.size();
	}

	@Override
	public EvaluationBulletin issueBulletin(Period quarter, LocalDate issuedOn, Principal actor) {
		access.checkEvaluate(actor);
		if (quarter.kind() != PeriodKind.QUARTER) {
			throw new ValidationException(NLS.bind(Messages.periodKindInvalid, quarter.label()));
		}
		NumberingService numbers = numbering;
		if (numbers == null) {
			throw new DuchaException(Messages.documentsUnavailable);
		}
		String title = BulletinComposer.title(quarter);
		// the number is taken in the transaction that stores the bulletin: a failed store gives it back
		return Jpa.write(emf, em -> {
			DocumentNumber number = numbers.issueIn(em, BULLETIN_KIND, issuedOn.getYear(), title, actor);
			EvaluationBulletin bulletin = new EvaluationBulletin(number.year(), number.number(), quarter, title,
					issuedOn);
			em.persist(new EvaluationBulletinEntity(bulletin));
			audit.recordIn(em, actor, "team.bulletin.issue", "team.bulletin", bulletin.label(), title);
			return bulletin;
		});
	}

	@Override
	public List<EvaluationBulletin> bulletins(int year, Principal viewer) {
		access.checkRead(viewer);
		return Jpa.read(emf, em -> em.createQuery(
				"select b from EvaluationBulletinEntity b where b.year = :year order by b.number",
				EvaluationBulletinEntity.class).setParameter("year", year).getResultList().stream()
				.map(EvaluationBulletinEntity::toRecord).toList());
	}

	@Override
	public void writeBulletin(int year, int number, DocumentFormat format, OutputStream out, Principal viewer)
			throws IOException {
		access.checkRead(viewer);
		DocumentService writer = documents;
		if (writer == null) {
			throw new DuchaException(Messages.documentsUnavailable);
		}
		EvaluationBulletin bulletin = bulletins(year, viewer).stream().filter(b -> b.number() == number).findFirst()
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.bulletinNotFound, year, number)));
		Period quarter = bulletin.quarter();
		Map<String, String> who = supervisors.of(quarter);
		Map<String, List<DutyTally>> counted = duties.count(quarter, who.keySet());
		List<Evaluation> remarks = stored(quarter.from().getYear()).stream()
				.filter(e -> e.period().equals(quarter)).toList();
		DepartmentNames names = directory.departmentNames();
		List<BulletinComposer.Entry> entries = new ArrayList<>();
		for (Map.Entry<String, String> e : inDepartmentOrder(who, names)) {
			String staffNo = e.getKey();
			entries.add(new BulletinComposer.Entry(staffNo, staffName(staffNo), e.getValue(),
					counted.getOrDefault(staffNo, List.of()), remarks.stream()
							.filter(r -> r.staffNo().equals(staffNo)).map(Evaluation::remarks).findFirst().orElse("")));
		}
		writer.write(BulletinComposer.compose(bulletin, entries, names), format, out);
		audit.record(viewer, "team.bulletin.write", "team.bulletin", bulletin.label(), format.name());
	}

	/** 工号 → department covered (empty for none), in the court's order of departments, then by 工号. */
	private static List<Map.Entry<String, String>> inDepartmentOrder(Map<String, String> who, DepartmentNames names) {
		List<String> order = names.sorted(who.values().stream().map(d -> d == null ? "" : d).distinct().toList());
		return who.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() == null ? "" : e.getValue()))
				.sorted(Comparator.comparing((Map.Entry<String, String> e) -> order.indexOf(e.getValue()))
						.thenComparing(Map.Entry::getKey))
				.toList();
	}

	/** The supervisors whose archive the viewer may read. */
	private Map<String, String> visible(Map<String, String> who, Principal viewer) {
		Map<String, String> visible = new LinkedHashMap<>();
		who.forEach((staffNo, department) -> {
			if (access.mayRead(viewer, staffNo, department)) {
				visible.put(staffNo, department);
			}
		});
		return visible;
	}

	private String staffName(String staffNo) {
		return directory.staff(staffNo).map(Staff::name).orElse(staffNo);
	}
}
