package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.petitions.Clue;
import ducha.petitions.ClueKind;
import ducha.petitions.ClueService;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.internal.jpa.ClueEntity;

/**
 * The 排查库线索台账: flagged cases imported when no plugin feeds them, keyed by 案号 + 线索类型. A case already in the
 * library for the same reason is kept as it is (with its screening result); every bad row rejects the whole file.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class ClueLedger extends RecordLedgerKind<ClueEntity> {

	static final LedgerColumn CASE = new LedgerColumn("caseNumber", "案号", true, "（2023）川0724民初1234号", "")
			.limit(60);
	static final LedgerColumn KIND = new LedgerColumn("kind", "线索类型", true, "改发案件", "不合格案件、改发案件、再审案件");
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "承办人工号", false, "10023", "须为已有干警的工号");
	static final LedgerColumn DEPARTMENT = new LedgerColumn("department", "承办部门", false, "民事审判第一庭",
			"部门名称或编码");
	static final LedgerColumn FLAGGED = new LedgerColumn("flaggedOn", "标记日期", true, "2024-03-05", "不能晚于今天");
	static final LedgerColumn DESCRIPTION = new LedgerColumn("description", "情况说明", false, "二审改判", "")
			.limit(2000);
	static final LedgerColumn OUTCOME = new LedgerColumn("outcome", "排查结果", false, "待排查", "导出时填写，导入时忽略");
	static final LedgerColumn PETITION = new LedgerColumn("petition", "并入信访件", false, "", "导出时填写，导入时忽略");

	private static final String KINDS = "不合格案件、改发案件、再审案件";

	@Reference
	private PetitionsUnit unit;

	@Reference
	private ClueService clueService;

	public ClueLedger() {
		super("petition-clues", "排查库线索台账",
				List.of(CASE, KIND, STAFF, DEPARTMENT, FLAGGED, DESCRIPTION, OUTCOME, PETITION));
	}

	@Override
	protected LedgerStorage storage() {
		return LedgerStorage.of(unit.emf(), unit.authorization(), unit.audit(), PetitionPermissions.SCREEN,
				PetitionPermissions.READ,
				"clue.import");
	}

	@Override
	protected ClueEntity parse(LedgerRowValidator v, LedgerRow row) {
		String caseNo = v.text(row, CASE);
		ClueKind kind = v.choice(row, KIND, ClueKind::parse, KINDS);
		Staff staff = v.staff(row, STAFF, unit.directory());
		String code = v.department(row, DEPARTMENT, unit.directory());
		LocalDate flagged = v.date(row, FLAGGED, LocalDate.now());
		String description = v.text(row, DESCRIPTION);
		if (caseNo != null && kind != null) {
			v.unique(row, CASE, caseNo + "（" + kind.label() + "）");
		}
		return v.hasProblems(row) ? null
				: new ClueEntity(DefaultClueService.LEDGER_SOURCE, kind, caseNo, staff == null ? null : staff.staffNo(),
						code, flagged, description);
	}

	/** A clue the library holds already keeps its screening result: never overwritten. */
	@Override
	protected Stored upsert(EntityManager em, ClueEntity clue) {
		Clue record = clue.toRecord();
		long stored = em.createQuery("select count(c) from ClueEntity c where c.source = :source"
				+ " and c.caseNumber = :caseNo and c.kind = :kind", Long.class).setParameter("source", record.source())
				.setParameter("caseNo", record.caseNumber()).setParameter("kind", record.kind()).getSingleResult();
		if (stored > 0) {
			return Stored.KEPT;
		}
		em.persist(clue);
		return Stored.INSERTED;
	}

	/** Through the clue service, which applies the library's department scope. */
	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		DepartmentNames departments = unit.directory().departmentNames();
		return clueService.clues(reader).stream().map(c -> row(c, departments)).toList();
	}

	private static List<String> row(Clue c, DepartmentNames departments) {
		return List.of(c.caseNumber(), c.kind().label(), cell(c.staffNo()), cell(departments.name(c.departmentCode())),
				c.flaggedOn().toString(), cell(c.description()), c.outcome().label(), cell(c.petitionNumber()));
	}
}
