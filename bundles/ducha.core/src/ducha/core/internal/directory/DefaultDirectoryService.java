package ducha.core.internal.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.ImportSummary;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.internal.CoreUnit;
import ducha.core.internal.jpa.DepartmentEntity;
import ducha.core.internal.jpa.FilteredQuery;
import ducha.core.internal.jpa.StaffEntity;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/** Departments and staff on tables {@code department} and {@code staff}. */
@Component(service = { DirectoryService.class, DirectoryImporter.class })
public class DefaultDirectoryService implements DirectoryService, DirectoryImporter {

	@Reference
	private CoreUnit unit;

	@Override
	public List<Department> departments() {
		return unit.read(em -> em
				.createQuery("select d from DepartmentEntity d order by d.sortOrder, d.code", DepartmentEntity.class)
				.getResultList().stream().map(DepartmentEntity::toRecord).toList());
	}

	@Override
	public Optional<Department> department(String code) {
		return unit.find(DepartmentEntity.class, code, DepartmentEntity::toRecord);
	}

	@Override
	public List<Staff> staff(StaffQuery query, Principal reader) {
		unit.authorization().check(reader, CorePermissions.STAFF_READ);
		if (!reader.scope().all() && reader.scope().departmentCodes().isEmpty()) {
			return List.of();
		}
		String text = query.text() == null || query.text().isBlank() ? null : query.text().strip();
		FilteredQuery select = new FilteredQuery(
				"select s from StaffEntity s, DepartmentEntity d where s.departmentCode = d.code")
				.inScope("s.departmentCode", reader.scope())
				.and("s.departmentCode = :department", "department", query.departmentCode())
				.and("s.status = :status", "status", query.status())
				.and("(s.name like :text escape '\\' or s.staffNo like :text escape '\\')", "text",
						text == null ? null : "%" + FilteredQuery.literal(text) + "%");
		return unit.read(em -> select.create(em, "order by d.sortOrder, s.staffNo", StaffEntity.class).getResultList()
				.stream().map(StaffEntity::toRecord).toList());
	}

	@Override
	public Optional<Staff> staff(String staffNo) {
		return unit.find(StaffEntity.class, staffNo, StaffEntity::toRecord);
	}

	@Override
	public long staffCount() {
		return unit.read(em -> em.createQuery("select count(s) from StaffEntity s", Long.class).getSingleResult());
	}

	@Override
	public void saveDepartment(Department department, Principal actor) {
		unit.authorization().check(actor, CorePermissions.STAFF_WRITE);
		unit.run(em -> {
			boolean inserted = upsertDepartments(em, List.of(department)).inserted() == 1;
			unit.audit().write(em, actor, "department.save", "department", department.code(),
					(inserted ? "新增 " : "修改 ") + describe(department));
		});
	}

	@Override
	public void saveStaff(Staff staff, Principal actor) {
		unit.authorization().check(actor, CorePermissions.STAFF_WRITE);
		unit.run(em -> {
			boolean inserted = upsertStaff(em, List.of(staff), actor).inserted() == 1;
			unit.audit().write(em, actor, "staff.save", "staff", staff.staffNo(),
					(inserted ? "新增 " : "修改 ") + describe(staff));
		});
	}

	@Override
	public ImportSummary importDepartments(List<Department> departments, Principal actor) {
		return importDepartments(departments, actor, null);
	}

	@Override
	public ImportSummary importStaff(List<Staff> staff, Principal actor) {
		return importStaff(staff, actor, null);
	}

	@Override
	public void checkMayImport(Principal actor) {
		unit.authorization().check(actor, CorePermissions.STAFF_WRITE);
	}

	@Override
	public boolean canMaintain(Principal actor, String departmentCode) {
		return unit.authorization().canSeeDepartment(actor, departmentCode);
	}

	@Override
	public ImportSummary importDepartments(List<Department> departments, Principal actor, String source) {
		unit.authorization().check(actor, CorePermissions.STAFF_WRITE);
		return unit.write(em -> {
			ImportSummary summary = upsertDepartments(em, departments);
			unit.audit().write(em, actor, "department.import", "department", null, counts(summary, source));
			return summary;
		});
	}

	@Override
	public ImportSummary importStaff(List<Staff> staff, Principal actor, String source) {
		unit.authorization().check(actor, CorePermissions.STAFF_WRITE);
		return unit.write(em -> {
			ImportSummary summary = upsertStaff(em, staff, actor);
			unit.audit().write(em, actor, "staff.import", "staff", null, counts(summary, source));
			return summary;
		});
	}

	private static ImportSummary upsertDepartments(EntityManager em, List<Department> departments) {
		List<String> problems = new ArrayList<>();
		Map<String, String> codeByName = new HashMap<>();
		em.createQuery("select d from DepartmentEntity d", DepartmentEntity.class).getResultList()
				.forEach(d -> codeByName.put(d.toRecord().name(), d.getCode()));
		Set<String> codes = new HashSet<>();
		for (Department d : departments) {
			problems.addAll(DirectoryRules.check(d));
			if (!codes.add(d.code())) {
				problems.add(Language.format(Messages.Directory_duplicateCode, d.code()));
			}
			String owner = codeByName.put(d.name(), d.code());
			if (owner != null && !owner.equals(d.code())) {
				problems.add(Language.format(Messages.Directory_nameTaken, d.code(), d.name(), owner));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		int inserted = 0;
		for (Department d : departments) {
			DepartmentEntity entity = em.find(DepartmentEntity.class, d.code());
			if (entity == null) {
				em.persist(new DepartmentEntity(d));
				inserted++;
			} else {
				entity.update(d);
			}
		}
		return new ImportSummary(inserted, departments.size() - inserted);
	}

	private ImportSummary upsertStaff(EntityManager em, List<Staff> staff, Principal actor) {
		List<String> problems = new ArrayList<>();
		LocalDate today = LocalDate.now();
		Set<String> numbers = new HashSet<>();
		for (Staff s : staff) {
			problems.addAll(DirectoryRules.check(s, today));
			if (!numbers.add(s.staffNo())) {
				problems.add(Language.format(Messages.Directory_duplicateStaffNo, s.staffNo()));
			}
			if (em.find(DepartmentEntity.class, s.departmentCode()) == null) {
				problems.add(Language.format(Messages.Directory_noDepartment, s.staffNo(), s.departmentCode()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		int inserted = 0;
		for (Staff s : staff) {
			StaffEntity entity = em.find(StaffEntity.class, s.staffNo());
			checkScope(actor, s.departmentCode());
			if (entity == null) {
				em.persist(new StaffEntity(s));
				inserted++;
			} else {
				// moving someone needs the right to both departments
				checkScope(actor, entity.toRecord().departmentCode());
				entity.update(s);
			}
		}
		return new ImportSummary(inserted, staff.size() - inserted);
	}

	private void checkScope(Principal actor, String departmentCode) {
		if (!unit.authorization().canSeeDepartment(actor, departmentCode)) {
			throw new AccessDeniedException(
					Language.format(Messages.Directory_notPermitted, actor.username(), departmentCode));
		}
	}

	private static String counts(ImportSummary summary, String source) {
		return (source == null ? "" : source + "：") + "新增 " + summary.inserted() + " 条，更新 " + summary.updated()
				+ " 条";
	}

	private static String describe(Department d) {
		return d.name() + "（" + d.kind().label() + "，排序 " + d.sortOrder() + (d.active() ? "" : "，已停用") + "）";
	}

	private static String describe(Staff s) {
		return s.name() + "（" + s.departmentCode() + (s.position() == null ? "" : "，" + s.position()) + "，"
				+ s.status().label() + "）";
	}
}
