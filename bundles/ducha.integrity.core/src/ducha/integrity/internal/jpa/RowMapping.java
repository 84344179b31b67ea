package ducha.integrity.internal.jpa;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the values of a {@link RecordRow} and its record correspond: component by component, each (but the first,
 * the id) to the row's field of the same name and type; a component named {@code version} is the row's optimistic
 * lock, read from the row and never copied into it. Built once per entity class and checked then, so a component
 * without its field fails when the entity is first used, naming both.
 */
final class RowMapping {

	private static final ClassValue<RowMapping> MAPPINGS = new ClassValue<>() {
		@Override
		protected RowMapping computeValue(Class<?> rowType) {
			return new RowMapping(rowType);
		}
	};

	/** The name of the component that shows the row's {@link RecordRow#version()}. */
	private static final String VERSION = "version";

	private final RecordComponent[] components;
	private final Field[] fields;
	private final Constructor<?> constructor;

	private RowMapping(Class<?> rowType) {
		Class<?> recordType = recordType(rowType);
		components = recordType.getRecordComponents();
		fields = new Field[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			if (i > 0 && !isVersion(components[i])) {
				fields[i] = field(rowType, components[i]);
			}
		}
		try {
			constructor = recordType.getDeclaredConstructor(types);
		} catch (NoSuchMethodException e) {
			throw new IllegalStateException(recordType.getName() + " has no canonical constructor", e);
		}
	}

	static RowMapping of(Class<?> rowType) {
		return MAPPINGS.get(rowType);
	}

	/** Copies every component but the id from the record into the row's fields. */
	void copy(Record record, RecordRow<?> row) {
		try {
			for (int i = 1; i < components.length; i++) {
				if (fields[i] != null) {
					fields[i].set(row, mutable(components[i].getAccessor().invoke(record)));
				}
			}
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + " into its row", e);
		}
	}

	/** The record of the row's fields, with the given id. */
	Record record(RecordRow<?> row, long id) {
		Object[] values = new Object[components.length];
		values[0] = id;
		try {
			for (int i = 1; i < components.length; i++) {
				values[i] = fields[i] == null ? row.version() : fields[i].get(row);
			}
			return (Record) constructor.newInstance(values);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot read the record of " + row.getClass().getSimpleName(), e);
		}
	}

	/** A collection the row may own: JPA tracks and replaces the collections of an entity. */
	private static Object mutable(Object value) {
		if (value instanceof Set<?> set) {
			return new HashSet<>(set);
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		return value;
	}

	private static boolean isVersion(RecordComponent component) {
		return component.getName().equals(VERSION) && component.getType() == long.class;
	}

	private static Class<?> recordType(Class<?> rowType) {
		for (Class<?> c = rowType; c != null; c = c.getSuperclass()) {
			if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
					&& RecordRow.class.isAssignableFrom(raw)) {
				Type argument = p.getActualTypeArguments()[0];
				if (argument instanceof Class<?> type && type.isRecord()) {
					return type;
				}
			}
		}
		throw new IllegalStateException(rowType.getName() + " does not name the record it stores");
	}

	private static Field field(Class<?> rowType, RecordComponent component) {
		for (Class<?> c = rowType; c != RecordRow.class; c = c.getSuperclass()) {
			try {
				Field field = c.getDeclaredField(component.getName());
				if (!component.getType().isAssignableFrom(field.getType())
						&& !field.getType().isAssignableFrom(component.getType())) {
					throw new IllegalStateException(rowType.getName() + "." + field.getName() + " is a "
							+ field.getType().getSimpleName() + ", its record's component a "
							+ component.getType().getSimpleName());
				}
				field.setAccessible(true);
				return field;
			} catch (NoSuchFieldException e) {
				// declared higher up, e.g. the 编号 of a NumberedRow
			}
		}
		throw new IllegalStateException(rowType.getName() + " has no field for the component " + component.getName()
				+ " of " + component.getDeclaringRecord().getSimpleName());
	}
}
