package ducha.core.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoReport;
import ducha.core.demo.DemoService;
import ducha.core.directory.Staff;
import ducha.core.internal.CoreUnit;
import ducha.core.internal.jpa.DepartmentEntity;
import ducha.core.internal.jpa.StaffEntity;
import ducha.core.internal.jpa.SupervisorAssignmentEntity;
import ducha.core.internal.jpa.UserAccountEntity;
import ducha.core.internal.keys.AccountKeys;
import ducha.core.internal.security.PasswordHasher;
import ducha.core.internal.security.PasswordHasher.Hashed;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.security.UserAccount;
import ducha.core.spi.DemoSeeder;

/**
 * Seeds the demo court: the platform's departments, staff, supervisors and accounts in one transaction, then
 * every registered {@link DemoSeeder} in order, each with its own repeatable random source (so that installing
 * another plugin does not change this plugin's demo records).
 */
@Component
public class DefaultDemoService implements DemoService {

	private static final ILog LOG = ILog.of(DefaultDemoService.class);
	private static final long SEED = 20_240_101L;

	@Reference
	private CoreUnit unit;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<DemoSeeder> seeders;

	@Override
	public boolean isEmpty() {
		return unit.read(DefaultDemoService::departmentCount) == 0;
	}

	@Override
	public DemoReport seed(Principal actor, IProgressMonitor monitor) {
		unit.authorization().check(actor, CorePermissions.DEMO_SEED);
		List<DemoSeeder> plugins = seeders == null ? List.of()
				: seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order).thenComparing(DemoSeeder::id))
						.toList();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Demo_task, 4 + plugins.size() * 4);
		if (!isEmpty()) {
			throw new DuchaException(Messages.Demo_notEmpty);
		}
		LocalDate today = LocalDate.now();
		progress.subTask(Messages.Demo_platformStep);
		DemoCourt court = new DemoCourt(new Random(SEED), today);
		Map<UserAccount, Hashed> hashes = hashPasswords(court.accounts);
		progress.split(1);
		unit.run(em -> store(em, court, hashes, actor));
		progress.split(3);

		List<String> lines = new ArrayList<>();
		lines.add(Language.format(Messages.Demo_platformSummary, court.departments.size(), court.staff.size(),
				court.assignments.size(), court.accounts.size(), DemoAccounts.PASSWORD));
		for (DemoSeeder seeder : plugins) {
			SubMonitor step = progress.split(4);
			step.setTaskName(Language.format(Messages.Demo_pluginStep, seeder.id()));
			runSeeder(seeder, new SeederContext(seeder, today, court.staff, actor, lines));
			if (step.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
		return new DemoReport(lines);
	}

	private static void runSeeder(DemoSeeder seeder, SeederContext context) {
		try {
			seeder.seed(context);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			// the platform's records are committed; one broken plugin must not hide what the others created
			LOG.error("Demo seeder " + seeder.id() + " failed", e);
			context.log(Language.format(Messages.Demo_pluginFailed, e.getMessage()));
		}
	}

	private static Map<UserAccount, Hashed> hashPasswords(List<UserAccount> accounts) {
		PasswordHasher hasher = new PasswordHasher();
		Map<UserAccount, Hashed> hashes = new HashMap<>();
		for (UserAccount account : accounts) {
			hashes.put(account, hasher.hash(DemoAccounts.PASSWORD.toCharArray()));
		}
		return hashes;
	}

	private void store(EntityManager em, DemoCourt court, Map<UserAccount, Hashed> hashes, Principal actor) {
		// checked again inside the transaction: two seeding runs must not both pass the check above
		if (departmentCount(em) > 0) {
			throw new DuchaException(Messages.Demo_notEmpty);
		}
		court.departments.forEach(d -> em.persist(new DepartmentEntity(d)));
		em.flush();
		court.staff.forEach(s -> em.persist(new StaffEntity(s)));
		em.flush();
		court.assignments.forEach(a -> em.persist(new SupervisorAssignmentEntity(a)));
		for (UserAccount account : court.accounts) {
			// an account made by 'ducha-cli setup' may carry a demo account's name: never overwrite it
			if (em.find(UserAccountEntity.class, account.username()) != null) {
				throw new DuchaException(Language.format(Messages.Demo_accountExists, account.username()));
			}
			UserAccountEntity entity = new UserAccountEntity(account, hashes.get(account).stored());
			entity.setDemo(true);
			em.persist(entity);
			// the demo's petitions are sealed for the demo director and handlers: they need their keys now
			AccountKeys.create(em, account.username(), hashes.get(account).kek());
		}
		unit.audit().write(em, actor, "demo.seed", "department", null, court.departments.size() + " 个部门，"
				+ court.staff.size() + " 名干警，" + court.assignments.size() + " 条督察员任职，" + court.accounts.size() + " 个账号");
	}

	private static long departmentCount(EntityManager em) {
		return em.createQuery("select count(d) from DepartmentEntity d", Long.class).getSingleResult();
	}

	/** What one seeder sees; its log lines go into the report, prefixed with its id. */
	private record SeederContext(DemoSeeder seeder, LocalDate today, List<Staff> staff, Principal actor,
			List<String> lines, Random random) implements ducha.core.spi.DemoContext {

		SeederContext(DemoSeeder seeder, LocalDate today, List<Staff> staff, Principal actor, List<String> lines) {
			this(seeder, today, List.copyOf(staff), actor, lines, new Random(SEED ^ seeder.id().hashCode()));
		}

		@Override
		public void log(String message) {
			lines.add(seeder.id() + "：" + message);
			LOG.info("demo " + seeder.id() + ": " + message);
		}
	}
}
