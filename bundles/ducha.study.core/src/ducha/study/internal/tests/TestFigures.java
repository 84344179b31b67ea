package ducha.study.internal.tests;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.study.internal.StudyFigures;
import ducha.study.internal.jpa.StudyUnit;

/**
 * {@code study.tests}: tests whose date held falls in the period; {@code study.makeup_staff}: distinct staff who
 * sat a make-up for a test held in the period. The test's date decides, not the make-up's: a make-up in January
 * for a December test counts in the year of the test.
 */
@Component
public class TestFigures implements StudyFigures {

	@Reference(target = StudyUnit.TARGET)
	private EntityManagerFactory emf;

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return Jpa.read(emf, em -> {
			long tests = em.createQuery("select count(t) from TestEntity t where t.heldOn between :from and :to",
					Long.class).setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
			long makeupStaff = em.createQuery("select count(distinct m.staffNo) from MakeupEntity m, TestEntity t"
					+ " where m.testId = t.id and t.heldOn between :from and :to", Long.class)
					.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
			return List.of(new ReportFigure("study.tests", tests, Messages.figureTests),
					new ReportFigure("study.makeup_staff", makeupStaff, Messages.figureMakeupStaff));
		});
	}
}
