package ducha.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseStage;
import ducha.cases.CaseType;
import ducha.cases.FindingType;
import ducha.core.jpa.Jpa;
import ducha.core.spi.ScreeningClueSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Offers the register's flagged cases to the petitions plugin's clue screening library (排查库), source
 * {@code cases}. The mapping:
 * <ul>
 * <li>{@link ScreeningClue#REVERSED} (改发案件): cases whose 结案方式 contains 改判 or 发回重审; flagged on the
 * closing day (the filing day while no closing day is recorded), described by the 结案方式.</li>
 * <li>{@link ScreeningClue#RETRIAL} (再审案件): cases whose type the case-type table files under 再审
 * (民再, 刑再, 行再, 行赔再, 委赔提, 委赔再); flagged on the filing day, described by the 案由.</li>
 * <li>{@link ScreeningClue#UNQUALIFIED} (不合格案件): cases with a review finding of the type
 * {@link FindingType#DEFECTIVE_CASE} (瑕疵案件); one clue per case, from its earliest such finding: flagged on the
 * finding's day, for the staff member and department the finding names, described by the finding.</li>
 * </ul>
 * The library keeps what it already holds (by source, 案号 and kind), so every call returns all flagged cases.
 */
@Component(service = ScreeningClueSource.class)
public class CasesClueSource implements ScreeningClueSource {

	static final String SOURCE = "cases";
	private static final List<String> REVERSAL_WORDS = List.of("改判", "发回重审");

	@Reference(target = "(osgi.unit.name=ducha.cases)")
	private EntityManagerFactory emf;

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<ScreeningClue> clues() {
		return Jpa.read(emf, em -> {
			List<ScreeningClue> clues = new ArrayList<>();
			clues.addAll(reversed(em));
			clues.addAll(retrials(em));
			clues.addAll(unqualified(em));
			return clues;
		});
	}

	private static List<ScreeningClue> reversed(EntityManager em) {
		List<ScreeningClue> clues = new ArrayList<>();
		for (String word : REVERSAL_WORDS) {
			for (CaseEntity c : em.createQuery("select c from CaseEntity c where c.closingMethod like :word"
					+ " order by c.filingDate, c.caseNo", CaseEntity.class).setParameter("word", "%" + word + "%")
					.getResultList()) {
				var r = c.toRecord();
				if (word.equals(REVERSAL_WORDS.get(1)) && r.closingMethod().contains(REVERSAL_WORDS.get(0))) {
					continue; // already offered for 改判
				}
				clues.add(new ScreeningClue(r.number().text(), ScreeningClue.REVERSED, r.judgeNo(), r.departmentCode(),
						r.closedDate() != null ? r.closedDate() : r.filingDate(), "结案方式：" + r.closingMethod()));
			}
		}
		return clues;
	}

	private static List<ScreeningClue> retrials(EntityManager em) {
		List<String> types = CaseType.all().stream().filter(t -> t.stage() == CaseStage.RETRIAL).map(CaseType::code)
				.toList();
		return em.createQuery("select c from CaseEntity c where c.caseType in :types order by c.filingDate, c.caseNo",
				CaseEntity.class).setParameter("types", types).getResultList().stream().map(CaseEntity::toRecord)
				.map(r -> new ScreeningClue(r.number().text(), ScreeningClue.RETRIAL, r.judgeNo(), r.departmentCode(),
						r.filingDate(), "再审案件：" + r.cause()))
				.toList();
	}

	private static List<ScreeningClue> unqualified(EntityManager em) {
		Map<String, ScreeningClue> byCase = new LinkedHashMap<>();
		for (FindingEntity f : em.createQuery("select f from FindingEntity f where f.type = :type"
				+ " order by f.foundDate, f.id", FindingEntity.class).setParameter("type", FindingType.DEFECTIVE_CASE)
				.getResultList()) {
			var finding = f.toFinding();
			byCase.putIfAbsent(finding.caseNo(), new ScreeningClue(finding.caseNo(), ScreeningClue.UNQUALIFIED,
					finding.staffNo(), finding.departmentCode(), finding.foundDate(),
					"评查发现" + FindingType.DEFECTIVE_CASE.label() + "：" + finding.description()));
		}
		return List.copyOf(byCase.values());
	}
}
