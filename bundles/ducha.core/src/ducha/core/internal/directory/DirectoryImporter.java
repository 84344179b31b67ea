package ducha.core.internal.directory;

import java.util.List;

import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.ImportSummary;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;

/**
 * The directory as its ledger kinds use it: its reads, the permission to maintain it and the bulk upserts with the
 * file they came from, so that the ledger kinds write one audit entry naming the file. Internal service of this
 * bundle.
 */
public interface DirectoryImporter extends DirectoryService {

	/** Refuses an actor who may not maintain departments and staff. */
	void checkMayImport(Principal actor);

	/** Whether the actor may maintain the staff of this department (it is in the actor's scope). */
	boolean canMaintain(Principal actor, String departmentCode);

	ImportSummary importDepartments(List<Department> departments, Principal actor, String source);

	ImportSummary importStaff(List<Staff> staff, Principal actor, String source);
}
