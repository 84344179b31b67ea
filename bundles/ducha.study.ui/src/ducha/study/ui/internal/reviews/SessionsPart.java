package ducha.study.ui.internal.reviews;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.OpensRecords;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.attachments.AttachmentService;
import ducha.core.attachments.StoredAttachment;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;

/**
 * 学习记录: one department's study sessions of a year, with 新增/修改/删除 and the selected session's files. The
 * department list holds every active department; the service refuses those the user may not read.
 */
public class SessionsPart implements OpensRecords, Refreshable {

	private static final String OWNER = StudyRecordService.ATTACHMENT_OWNER;

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	/** Who added a file, by name rather than log-in name; read in the files' load job. */
	@Inject
	private PeopleNames people;

	private volatile StudyRecordService sessions;
	private volatile DirectoryService directory;

	@Inject
	@Optional
	private volatile AttachmentService attachments;

	private List<Department> departments = List.of();
	/** The session the quick-find asked for while the departments were still being read. */
	private StudySession pending;
	private Combo department;
	private Combo year;
	private Label status;
	private ListTable<StudySession> table;
	private ListTable<StoredAttachment> files;
	private Button edit;
	private Button delete;
	private Button addFile;
	private Button saveFile;

	/** The services, injected again when they come or go: the departments are read once both are there. */
	@Inject
	void servicesChanged(@Optional StudyRecordService service, @Optional DirectoryService directoryService) {
		sessions = service;
		directory = directoryService;
		if (department != null && !department.isDisposed() && service != null && directoryService != null) {
			loadDepartments();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 8);
		Forms.label(bar, Messages.department);
		department = Forms.combo(bar, "sessions.department");
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(department);
		department.addListener(SWT.Selection, e -> load(null));
		Forms.label(bar, Messages.year);
		year = Forms.yearCombo(bar, "sessions.year");
		year.addListener(SWT.Selection, e -> load(null));
		status = Forms.summary(bar, "sessions.status");
		rights.require(Forms.button(bar, "sessions.new", Messages.newSession), StudyPermissions.RECORDS_WRITE)
				.addListener(SWT.Selection, e -> openForm(null));
		edit = Forms.button(bar, "sessions.edit", Messages.editSession);
		edit.addListener(SWT.Selection, e -> openForm(table.selected()));
		delete = Forms.button(bar, "sessions.delete", Messages.deleteSession);
		delete.addListener(SWT.Selection, e -> delete());

		table = new ListTable<>(parent, "sessions.list", false, StudySession.class,
				new Column<>(Messages.colNumber, 110, StudySession::recordNo),
				new Column<>(Messages.colDate, 100, s -> s.date().toString()),
				new Column<>(Messages.colKind, 150, s -> s.kind().label()),
				new Column<>(Messages.colTopic, 360, StudySession::topic),
				new Column<>(Messages.colAttendees, 80, s -> String.valueOf(s.attendees().size())),
				new Column<>(Messages.colHours, 60, s -> hours(s.hours())));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		table.onSelect(s -> selected());
		table.openWith(edit);
		table.actions(edit, delete, addFile);

		Composite filesBar = Forms.bar(new Composite(parent, SWT.NONE), 3);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filesBar.getParent());
		Forms.summary(filesBar, null).setText(Messages.attachments);
		addFile = Forms.button(filesBar, "sessions.addFile", Messages.addFile);
		addFile.addListener(SWT.Selection, e -> addFile());
		saveFile = Forms.button(filesBar, "sessions.saveFile", Messages.saveFile);
		saveFile.addListener(SWT.Selection, e -> saveFile());
		files = new ListTable<>(parent, "sessions.files", false, StoredAttachment.class,
				new Column<>(Messages.colFile, 320, StoredAttachment::fileName),
				new Column<>(Messages.colSize, 90, a -> a.size() / 1024 + " KB"),
				new Column<>(Messages.colAddedBy, 120, a -> people.account(a.createdBy())));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(files.control());
		files.onSelect(a -> saveFile.setEnabled(a != null));
		files.openWith(saveFile);
		files.actions(saveFile);
		selected();
		if (sessions != null && directory != null) {
			loadDepartments();
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private void loadDepartments() {
		DirectoryService dir = directory;
		background.run(Messages.loadJob, () -> new Object[] {
				dir.departments().stream().filter(Department::active).toList(),
				principal.staffNo() == null ? null
						: dir.staff(principal.staffNo()).map(Staff::departmentCode).orElse(null) },
				read -> showDepartments(read), this::refused);
	}

	@SuppressWarnings("unchecked")
	private void showDepartments(Object[] read) {
		if (department.isDisposed()) {
			return;
		}
		departments = (List<Department>) read[0];
		department.setItems(departments.stream().map(Department::name).toArray(String[]::new));
		String own = (String) read[1];
		int index = departments.stream().map(Department::code).toList().indexOf(own);
		department.select(Math.max(0, index));
		if (pending != null) {
			StudySession asked = pending;
			pending = null;
			show(asked);
		} else {
			load(null);
		}
	}

	/** Reads the session with the 编号 and shows it in its department's year (the quick-find's hit). */
	@Override
	public void openRecord(String recordNo) {
		StudyRecordService service = sessions;
		if (service != null) {
			background.run(Messages.loadJob, () -> service.session(recordNo, principal),
					found -> found.ifPresent(this::show), this::refused);
		}
	}

	private void show(StudySession session) {
		int index = departments.stream().map(Department::code).toList().indexOf(session.departmentCode());
		if (index < 0) {
			pending = session;
			return;
		}
		department.select(index);
		int yearIndex = year.indexOf(String.valueOf(session.date().getYear()));
		if (yearIndex >= 0) {
			year.select(yearIndex);
		}
		load(session.recordNo());
	}

	private Department chosen() {
		int index = department.getSelectionIndex();
		return index < 0 || index >= departments.size() ? null : departments.get(index);
	}

	private void load(String select) {
		Department d = chosen();
		StudyRecordService service = sessions;
		if (d == null || service == null) {
			status.setText(service == null ? Messages.unavailable : Messages.chooseDepartment);
			return;
		}
		Period period = Period.year(Integer.parseInt(year.getText()));
		status.setText(Messages.loading);
		background.run(Messages.loadJob, () -> service.sessions(d.code(), period, principal), list -> {
			if (table.control().isDisposed()) {
				return;
			}
			table.show(list, s -> s.recordNo().equals(select));
			Forms.report(status, NLS.bind(Messages.sessionsCount, list.size(),
					hours(list.stream().mapToDouble(StudySession::hours).sum())), false);
			selected();
		}, this::refused);
	}

	private void selected() {
		StudySession s = table.selected();
		rights.enable(edit, s != null, StudyPermissions.RECORDS_WRITE);
		rights.enable(delete, s != null, StudyPermissions.RECORDS_WRITE);
		rights.enable(addFile, s != null && attachments != null, StudyPermissions.RECORDS_WRITE);
		saveFile.setEnabled(false);
		files.show(List.of(), null);
		AttachmentService service = attachments;
		if (s != null && service != null) {
			background.run(Messages.loadJob, () -> {
				List<StoredAttachment> list = service.list(OWNER, s.recordNo(), principal);
				people.warmAccounts(list.stream().map(StoredAttachment::createdBy).distinct().toList());
				return list;
			}, list -> {
				if (!files.control().isDisposed()) {
					files.show(list, null);
				}
			}, this::refused);
		}
	}

	private void openForm(StudySession edited) {
		Department d = chosen();
		StudyRecordService service = sessions;
		if (d == null || service == null) {
			return;
		}
		DirectoryService dir = directory;
		if (dir == null) {
			return;
		}
		// the attendees are chosen by name from the staff the user may see, read before the form opens
		background.run(Messages.loadJob, () -> new Staffing(dir.staff(StaffQuery.ALL, principal),
				dir.departmentNames()), staffing -> {
					SessionDialog dialog = new SessionDialog(table.control().getShell(), background, service,
							principal, d.code(), d.name(), edited, staffing.staff(), staffing.departments());
					if (dialog.open() == Window.OK) {
						Forms.report(status, NLS.bind(Messages.saved, dialog.saved().recordNo()), false);
						load(dialog.saved().recordNo());
					}
				}, this::refused);
	}

	/** Whom the session form offers as attendees. */
	private record Staffing(List<Staff> staff, DepartmentNames departments) {
	}

	private void delete() {
		StudySession s = table.selected();
		StudyRecordService service = sessions;
		if (s == null || service == null || !MessageDialog.openConfirm(table.control().getShell(),
				Messages.deleteSession, NLS.bind(Messages.deleteConfirm, s.recordNo()))) {
			return;
		}
		background.run(Messages.saveJob, () -> {
			service.delete(s.recordNo(), principal);
			return s.recordNo();
		}, no -> {
			load(null);
			Forms.report(status, NLS.bind(Messages.deleted, no), false);
		}, this::refused);
	}

	private void addFile() {
		StudySession s = table.selected();
		AttachmentService service = attachments;
		if (s == null || service == null) {
			return;
		}
		FileDialog dialog = new FileDialog(table.control().getShell(), SWT.OPEN);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		Path path = Path.of(file);
		background.run(Messages.saveJob, () -> {
			try (InputStream in = Files.newInputStream(path)) {
				return service.store(OWNER, s.recordNo(), path.getFileName().toString(), in, principal);
			}
		}, added -> {
			Forms.report(status, NLS.bind(Messages.fileAdded, added.fileName()), false);
			selected();
		}, this::refused);
	}

	private void saveFile() {
		StudySession s = table.selected();
		StoredAttachment a = files.selected();
		AttachmentService service = attachments;
		if (s == null || a == null || service == null) {
			return;
		}
		FileDialog dialog = new FileDialog(table.control().getShell(), SWT.SAVE);
		dialog.setFileName(a.fileName());
		dialog.setOverwrite(true);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		background.run(Messages.saveJob, () -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			service.open(OWNER, s.recordNo(), a.id(), null, bytes, principal);
			Files.write(Path.of(file), bytes.toByteArray());
			return file;
		}, saved -> Forms.report(status, NLS.bind(Messages.fileSaved, saved), false), this::refused);
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	static String hours(double hours) {
		return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format("%.1f", hours);
	}

	/** F5: the sessions again. */
	@Override
	public void refresh() {
		load(null);
	}
}
