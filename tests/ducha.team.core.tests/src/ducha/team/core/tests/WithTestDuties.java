package ducha.team.core.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osgi.framework.ServiceRegistration;

import ducha.core.spi.DutyContributor;

/** A test on the evaluation court with the test duty contributor registered, unregistered after it. */
abstract class WithTestDuties {

	/** The registration, null once a test took the contributor away itself. */
	ServiceRegistration<DutyContributor> duties;

	@BeforeEach
	void courtWithDuties() {
		EvaluationCourt.create();
		duties = TestDuties.register();
	}

	@AfterEach
	void unregisterDuties() {
		if (duties != null) {
			duties.unregister();
		}
	}
}
