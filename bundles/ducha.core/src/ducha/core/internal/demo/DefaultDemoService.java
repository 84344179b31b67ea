package ducha.core.internal.demo;

import ducha.core.jpa.Jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

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
import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoReport;
import ducha.core.demo.DemoService;
import ducha.core.directory.Staff;
import ducha.core.internal.audit.AuditWriter;
import ducha.core.internal.jpa.DepartmentEntity;
import ducha.core.internal.jpa.StaffEntity;
import ducha.core.internal.jpa.SupervisorAssignmentEntity;
import ducha.core.internal.jpa.UserAccountEntity;
import ducha.core.internal.security.PasswordHasher;
import ducha.core.security.AuthorizationService;
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

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuditWriter audit;

	@Reference
	private AuthorizationService authorization;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<DemoSeeder> seeders;

	@Override
	public boolean isEmpty() {
		return Jpa.read(emf, DefaultDemoService::departmentCount) == 0;
	}

	@Override
	public DemoReport seed(Principal actor, IProgressMonitor monitor) {
		authorization.check(actor, CorePermissions.DEMO_SEED);
		List<DemoSeeder> plugins = seeders == null ? List.of()
				: seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order).thenComparing(DemoSeeder::id))
						.toList();
		SubMonitor progress = SubMonitor.convert(monitor, "生成演示法院", 4 + plugins.size() * 4);
		if (!isEmpty()) {
			throw new DuchaException("数据库中已有部门数据：演示数据只能在空数据库中生成");
		}
		LocalDate today = LocalDate.now();
		progress.subTask("部门、干警、督察员和演示账号");
		DemoCourt court = new DemoCourt(new Random(SEED), today);
		Map<UserAccount, String> hashes = hashPasswords(court.accounts);
		progress.split(1);
		Jpa.run(emf, em -> store(em, court, hashes, actor));
		progress.split(3);

		List<String> lines = new ArrayList<>();
		lines.add("平台：" + court.departments.size() + " 个部门，" + court.staff.size() + " 名干警，"
				+ court.assignments.size() + " 条督察员任职记录，" + court.accounts.size() + " 个演示账号（密码 "
				+ DemoAccounts.PASSWORD + "）");
		for (DemoSeeder seeder : plugins) {
			SubMonitor step = progress.split(4);
			step.setTaskName("生成演示数据：" + seeder.id());
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
			context.log("失败：" + e.getMessage());
		}
	}

	private static Map<UserAccount, String> hashPasswords(List<UserAccount> accounts) {
		PasswordHasher hasher = new PasswordHasher();
		Map<UserAccount, String> hashes = new HashMap<>();
		for (UserAccount account : accounts) {
			hashes.put(account, hasher.hash(DemoAccounts.PASSWORD.toCharArray()));
		}
		return hashes;
	}

	private void store(EntityManager em, DemoCourt court, Map<UserAccount, String> hashes, Principal actor) {
		// checked again inside the transaction: two seeding runs must not both pass the check above
		if (departmentCount(em) > 0) {
			throw new DuchaException("数据库中已有部门数据：演示数据只能在空数据库中生成");
		}
		court.departments.forEach(d -> em.persist(new DepartmentEntity(d)));
		em.flush();
		court.staff.forEach(s -> em.persist(new StaffEntity(s)));
		em.flush();
		court.assignments.forEach(a -> em.persist(new SupervisorAssignmentEntity(a)));
		for (UserAccount account : court.accounts) {
			// an account made by 'ducha-cli setup' may carry a demo account's name: never overwrite it
			if (em.find(UserAccountEntity.class, account.username()) != null) {
				throw new DuchaException("账号 " + account.username() + " 已存在：演示账号无法创建，请在没有该账号的数据库中生成演示数据");
			}
			UserAccountEntity entity = new UserAccountEntity(account, hashes.get(account));
			entity.setDemo(true);
			em.persist(entity);
		}
		audit.write(em, actor, "demo.seed", "department", null, court.departments.size() + " 个部门，"
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
