package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseNumber;
import ducha.cases.CasePermissions;
import ducha.cases.FindingType;
import ducha.cases.MalformedCaseNumberException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.security.AuthorizationService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * What the review ledgers (findings, talks, follow-ups) share: the plugin's ledger storage, the cell checks beyond
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

	/** Imports need cases.review, exports cases.read. */
	LedgerStorage storage() {
		return LedgerStorage.of(emf, authorization, audit, CasePermissions.REVIEW, CasePermissions.READ,
				"cases.ledger.import");
	}

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

	/** A talk or follow-up row: the finding it names, its day, and the row completed with the finding found. */
	interface FindingRow<R> {
		String caseNo();

		String staffNo();

		FindingType type();

		LocalDate day();

		R of(FindingEntity finding);
	}

	/**
	 * The rows completed with the findings they name: each must name one stored finding ({@link #finding}), be
	 * dated on or after it and be the only row of its finding on its day; problems go to the validator.
	 *
	 * @param dayColumn the rows' date column
	 * @param sameDay   what a second row of one finding and day is, e.g. 的谈话
	 */
	static <R extends FindingRow<R>> List<R> withFindings(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<R> records, LedgerColumn caseColumn, LedgerColumn typeColumn, LedgerColumn dayColumn, String sameDay) {
		Map<String, Integer> seen = new HashMap<>();
		List<R> found = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			R r = records.get(i);
			LedgerRow row = rows.get(i);
			FindingEntity f = finding(em, v, row, r.caseNo(), r.staffNo(), r.type(), caseColumn, typeColumn);
			if (f == null) {
				continue;
			}
			if (r.day().isBefore(f.foundDate())) {
				v.problem(row, dayColumn, dayColumn.header() + " " + r.day() + " 早于发现问题的日期 " + f.foundDate());
			}
			Integer first = seen.putIfAbsent(f.id() + " " + r.day(), row.rowNumber());
			if (first != null) {
				v.problem(row, dayColumn, "与第 " + first + " 行是同一评查问题同一天" + sameDay);
			}
			found.add(r.of(f));
		}
		return found;
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
}
