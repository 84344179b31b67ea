package ducha.integrity.internal.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerStorage;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.internal.archive.ArchiveAccess;
import ducha.integrity.internal.jpa.IntegrityUnit;

/**
 * The integrity plugin's ledger storage (its unit, permissions and audit action) and the services its kinds look
 * records up in, in one component so the kinds stay small.
 */
@Component(service = LedgerSupport.class)
public class LedgerSupport {

	@Reference(target = IntegrityUnit.TARGET)
	EntityManagerFactory emf;

	@Reference
	AuthorizationService authorization;

	@Reference
	AuditLog audit;

	@Reference
	DirectoryService directory;

	@Reference
	ArchiveAccess access;

	/** Imports need integrity.records.write, exports integrity.records.read. */
	LedgerStorage storage() {
		return LedgerStorage.of(emf, authorization, audit, IntegrityPermissions.RECORDS_WRITE,
				IntegrityPermissions.RECORDS_READ, "integrity.ledger.import");
	}

	/**
	 * Whether the reader may see the archive records of a 工号 (a 工号 no longer in the directory only with access
	 * to every department), answered once per 工号 of an export.
	 */
	Predicate<String> staffVisibleTo(Principal reader) {
		Map<String, Boolean> visible = new HashMap<>();
		return staffNo -> visible.computeIfAbsent(staffNo, no -> {
			Staff staff = directory.staff(no).orElse(null);
			return staff == null ? reader.scope().all() : access.mayRead(staff, reader);
		});
	}
}
