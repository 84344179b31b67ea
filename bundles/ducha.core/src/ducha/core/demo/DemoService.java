package ducha.core.demo;

import org.eclipse.core.runtime.IProgressMonitor;

import ducha.core.security.Principal;

/**
 * The demo court: departments of a basic-level court, about 150 staff, supervisors as in the brief, one demo
 * account per role, then every installed plugin's {@link ducha.core.spi.DemoSeeder}.
 */
public interface DemoService {

	/** True when the database holds no department yet (a first start). */
	boolean isEmpty();

	/**
	 * Seeds the demo court and every plugin's demo records.
	 *
	 * @throws ducha.core.DuchaException when the database already holds departments
	 */
	DemoReport seed(Principal actor, IProgressMonitor monitor);
}
