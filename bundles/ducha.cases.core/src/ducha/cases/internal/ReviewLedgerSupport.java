package ducha.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseNumber;
import ducha.cases.FindingType;
import ducha.cases.MalformedCaseNumberException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * What the review ledgers (findings, talks, follow-ups) share: their services, the cell checks beyond
 * {@link LedgerRowValidator}'s, and how a talk or follow-up row names its finding (案号 + 责任人工号, and 问题类型 when
 * the staff member has several findings on the case).
 */
@Component(service = ReviewLedgerSupport.class)
public class ReviewLedgerSupport {

	static final String TYPES = "瑕疵案件、裁判文书表述不准确、系统操作不规范、超审限、其他";

	@Reference(target = "(osgi.unit.name=ducha.cases)")
	EntityManagerFactory emf;

	@Reference
	DirectoryService directory;

	@Reference
	AuthorizationService authorization;

	@Reference
	AuditLog audit;

	/** The canonical case number, or null with a problem saying what is wrong with it. */
	static String caseNo(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		String text = v.text(row, column, 60);
		if (text == null) {
			return null;
		}
		try {
			return CaseNumber.parse(text).text();
		} catch (MalformedCaseNumberException e) {
			v.problem(row, column, "案号“" + text + "”无效：" + e.reason());
			return null;
		}
	}

	/** A 工号 that must be in the staff directory (empty is fine for optional columns). */
	Staff staff(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		String staffNo = v.text(row, column, 20);
		if (staffNo == null) {
			return null;
		}
		Staff staff = directory.staff(staffNo).orElse(null);
		if (staff == null) {
			v.problem(row, column, "干警名册中没有工号“" + staffNo + "”");
		}
		return staff;
	}

	static FindingType type(LedgerRowValidator v, LedgerRow row, LedgerColumn column) {
		return v.choice(row, column, FindingType::parse, TYPES);
	}

	/**
	 * The finding a talk or follow-up row refers to, or null with a problem: none with that case and staff member
	 * (and type), or several when the type is left empty.
	 */
	static FindingEntity finding(EntityManager em, LedgerRowValidator v, LedgerRow row, String caseNo, String staffNo,
			FindingType type, LedgerColumn caseColumn, LedgerColumn typeColumn) {
		List<FindingEntity> found = em.createQuery("select f from FindingEntity f where f.caseNo = :caseNo and"
				+ " f.staffNo = :staffNo order by f.id", FindingEntity.class).setParameter("caseNo", caseNo)
				.setParameter("staffNo", staffNo).getResultList().stream()
				.filter(f -> type == null || f.toFinding().type() == type).toList();
		if (found.isEmpty()) {
			v.problem(row, caseColumn, "没有案号为 " + caseNo + "、责任人工号为 " + staffNo
					+ (type == null ? "" : "、问题类型为" + type.label()) + " 的评查问题（请先录入或导入评查问题）");
			return null;
		}
		if (found.size() > 1) {
			v.problem(row, typeColumn, "案号 " + caseNo + " 中工号 " + staffNo + " 有 " + found.size()
					+ " 个评查问题，请填写问题类型以区分");
			return null;
		}
		return found.get(0);
	}

	/** Department names by code, for exports. */
	Map<String, String> departmentNames() {
		Map<String, String> names = new HashMap<>();
		for (Department d : directory.departments()) {
			names.put(d.code(), d.name());
		}
		return names;
	}

	void recordImport(Principal actor, String kind, LedgerImportResult result) {
		audit.record(actor, "cases.ledger.import", kind, result.fileName(), result.rows() + " 行，新增 "
				+ result.inserted() + "，更新 " + result.updated());
	}

	static String cell(Object value) {
		return value == null ? "" : value.toString();
	}
}
