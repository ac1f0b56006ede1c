package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule pack's workflow.approveWithErrors: what 批复 does with a table that has open 错误. */
class ApproveWithErrorsSettingTest {

  @TempDir Path dir;

  @Test
  void theDefaultPackLetsAReviewerApproveOverErrorsWithAWrittenReason() {
    assertThat(RulePack.defaults().approveWithErrors()).isEqualTo("override-with-reason");
  }

  @Test
  void aRegionPackThatSaysRefuseIsReadAndOneThatSaysNothingInheritsTheDefault() throws IOException {
    assertThat(RulePack.load(pack("{\"approveWithErrors\": \"refuse\"}")).approveWithErrors())
        .isEqualTo("refuse");
    assertThat(RulePack.load(pack(null)).approveWithErrors()).isEqualTo("override-with-reason");
  }

  @Test
  void anUnknownValueIsRefusedSayingWhereAndWhatIsAllowed() throws IOException {
    Path bad = pack("{\"approveWithErrors\": \"maybe\"}");
    assertThatThrownBy(() -> RulePack.load(bad))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("$.workflow.approveWithErrors")
        .hasMessageContaining("\"refuse\"（有错误不得批复）或 \"override-with-reason\"（填写理由后可批复）");
  }

  private Path pack(String workflow) throws IOException {
    Path p = dir.resolve("region-" + System.nanoTime() + ".json");
    Files.writeString(p, "{\"id\": \"region\", \"version\": \"1\", \"region\": \"云泽市\""
        + (workflow == null ? "" : ", \"workflow\": " + workflow) + "}", StandardCharsets.UTF_8);
    return p;
  }
}
