package ducha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.audit.DataChanged;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

/**
 * The core services write their audit entries inside their own transactions; views that recompute on
 * {@link DataChanged#TOPIC} must hear about those changes too, once they are committed.
 */
class DataChangedEventTest {

	private static final long WAIT_SECONDS = 10;

	private final DirectoryService directory = Osgi.service(DirectoryService.class);
	private final BlockingQueue<Event> heard = new LinkedBlockingQueue<>();
	private ServiceRegistration<EventHandler> listener;

	@BeforeEach
	void listen() {
		Osgi.resetCoreTables();
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, DataChanged.TOPIC);
		listener = Osgi.context().registerService(EventHandler.class, heard::add, properties);
	}

	@AfterEach
	void stopListening() {
		listener.unregister();
	}

	@Test
	void aStaffImportAnnouncesTheChangeAfterItCommitted() throws Exception {
		Fixtures.twoDepartments(directory);

		Event departments = next();
		assertEquals("department.import", departments.getProperty(DataChanged.ACTION));
		assertEquals("department", departments.getProperty(DataChanged.OBJECT_TYPE));
		Event staff = next();
		assertEquals("staff.import", staff.getProperty(DataChanged.ACTION));
		assertEquals("staff", staff.getProperty(DataChanged.OBJECT_TYPE));
		// posted after the commit: a listener that recomputes sees the new rows
		assertEquals(3, directory.staffCount());
	}

	@Test
	void editingOneStaffMemberAnnouncesTheChange() throws Exception {
		Fixtures.twoDepartments(directory);
		next();
		next();

		directory.saveStaff(Fixtures.staff("20001", "李明", "XST"), Fixtures.ADMIN);

		Event edit = next();
		assertEquals("staff.save", edit.getProperty(DataChanged.ACTION));
		assertEquals("XST", directory.staff("20001").orElseThrow().departmentCode());
	}

	@Test
	void aRefusedChangeAnnouncesNothing() throws Exception {
		try {
			directory.importStaff(List.of(Fixtures.staff("30001", "陈静", "NOPE")), Fixtures.ADMIN);
		} catch (ValidationException expected) {
			// nothing stored, so nothing to announce
		}
		directory.saveDepartment(new Department("LAT", "立案庭", DepartmentKind.TRIAL, 10, true), Fixtures.ADMIN);

		// events are delivered in order: the first one heard is the later, successful change
		assertEquals("department.save", next().getProperty(DataChanged.ACTION));
		assertNull(heard.poll(500, TimeUnit.MILLISECONDS));
	}

	@Test
	void accountChangesAndPluginRecordsAreAnnouncedToo() throws Exception {
		Osgi.service(UserService.class).addUser(new UserAccount("zhangsan", "张三", null, Set.of(Role.FULL_TIME_SUPERVISOR),
				DepartmentScope.ALL, true), "Secret-2024".toCharArray(), Fixtures.ADMIN);
		assertEquals("user.add", next().getProperty(DataChanged.ACTION));

		Osgi.service(AuditLog.class).record(Fixtures.ADMIN, "cases.order.create", "order", "1", null);
		assertEquals("cases.order.create", next().getProperty(DataChanged.ACTION));
	}

	private Event next() throws InterruptedException {
		Event event = heard.poll(WAIT_SECONDS, TimeUnit.SECONDS);
		assertNotNull(event, "no " + DataChanged.TOPIC + " event within " + WAIT_SECONDS + " s");
		return event;
	}
}
