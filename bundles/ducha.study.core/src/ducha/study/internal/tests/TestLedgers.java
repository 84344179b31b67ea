package ducha.study.internal.tests;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.security.AuthorizationService;
import ducha.study.StudyPermissions;
import ducha.study.StudyTest;
import ducha.study.internal.jpa.TestEntity;

/**
 * The storage of the tests' ledger kinds (the plugin's unit, {@code study.tests.manage} to import and export, the
 * audit action) and the services they look records up in, in one component so the kinds stay small.
 */
@Component(service = TestLedgers.class)
public class TestLedgers {

	@Reference
	TestRecords records;

	@Reference
	TestAccess access;

	@Reference
	AuthorizationService authorization;

	@Reference
	AuditLog audit;

	@Reference
	DirectoryService directory;

	LedgerStorage storage() {
		return LedgerStorage.of(records.unit(), authorization, audit, StudyPermissions.TESTS_MANAGE,
				StudyPermissions.TESTS_MANAGE, "study.ledger.import");
	}

	/** Looks the tests of a file up once each; an unknown one is a problem of the row's column. */
	static final class Tests {

		private final EntityManager em;
		private final Map<String, StudyTest> byCode = new HashMap<>();

		Tests(EntityManager em) {
			this.em = em;
		}

		StudyTest get(LedgerRowValidator v, LedgerRow row, LedgerColumn column, String code) {
			StudyTest test = byCode.computeIfAbsent(code, c -> {
				TestEntity entity = TestRecords.entity(em, c);
				return entity == null ? null : entity.toRecord();
			});
			if (test == null) {
				v.problem(row, column, NLS.bind(Messages.testNotFound, code));
			}
			return test;
		}
	}
}
