package ducha.integrity;

import java.util.List;

import ducha.core.directory.Staff;
import ducha.core.security.Principal;

/**
 * The integrity archive (廉政档案): one staff member's timeline gathered from every registered
 * {@link ducha.core.spi.ArchiveContributor} (this plugin's own talks, dispositions and education records among
 * them). A contributor that goes away takes its entries out of view; its data stays with its plugin.
 * <p>
 * Who may read: everyone their own archive (never the entries still confidential); integrity supervisors the
 * staff of the departments in their scope; the office director, court leaders and the administrator everyone.
 * Every read of another person's archive, and every refused attempt, is written to the audit log.
 */
public interface IntegrityArchive {

	/**
	 * @throws ducha.core.NotFoundException                for an unknown 工号
	 * @throws ducha.core.security.AccessDeniedException when the viewer may not read this archive
	 */
	ArchiveView read(String staffNo, ArchiveFilter filter, Principal viewer);

	/** True when {@link #read} would let the viewer in (nothing audited). */
	boolean mayRead(String staffNo, Principal viewer);

	/**
	 * The staff whose archive the viewer may read, their own record first: what a picker of archives offers, so
	 * that it never offers one that {@link #read} refuses. Nothing is audited (no archive is read). The others come
	 * from the staff directory as the viewer may see it: a viewer who may read no one else's archive gets their
	 * own record only, without needing the directory.
	 */
	List<Staff> readableStaff(Principal viewer);
}
