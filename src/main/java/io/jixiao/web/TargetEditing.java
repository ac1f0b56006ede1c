package io.jixiao.web;

import io.jixiao.workflow.EditTable;
import io.jixiao.workflow.ProjectWorkflow;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.WorkflowException;
import org.springframework.stereotype.Component;

/**
 * Editing a target table from the edit page or the API: who may edit is checked here, the rest
 * (state, revision, the new document version, the audit) by {@link EditTable}.
 */
@Component
class TargetEditing {

  private final ProjectWorkflows targets;
  private final EditTable editing;
  private final Catalog catalog;

  TargetEditing(ProjectWorkflows targets, EditTable editing, Catalog catalog) {
    this.targets = targets;
    this.editing = editing;
    this.catalog = catalog;
  }

  /**
   * Saves the form as the new content of table {@code id}.
   *
   * @throws WebException 404 when the editor may not see the table, 403 when not allowed to edit,
   *     400 when the form is invalid
   * @throws WorkflowException when the table is not editable or changed since the form was loaded
   */
  EditTable.Outcome save(long id, ProjectForm form, Account editor) {
    ProjectWorkflow target = targets.find(id).orElseThrow(() -> notFound(id));
    if (!Access.canRead(editor, target.department(), target.state())) {
      throw notFound(id);
    }
    if (!Access.canChange(editor, target.department())) {
      throw WebException.forbidden("只有本部门的填报人员可以修改该项目");
    }
    EditTable.Outcome o =
        editing.edit(id, form.getRevision(), before -> ProjectForms.toProject(form, before.seq()),
            DocumentUpload.actor(editor));
    if (o.changed()) {
      catalog.resultsChanged();
    }
    return o;
  }

  private static WebException notFound(long id) {
    return WebException.notFound("未找到编号为 " + id + " 的项目");
  }
}
