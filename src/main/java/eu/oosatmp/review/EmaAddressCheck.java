package eu.oosatmp.review;

import eu.oosatmp.notification.TestAddresses;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** In production the periodic review must reach EMA's real quality defect address. */
@Component
class EmaAddressCheck implements InitializingBean {

  private final ReviewSettings settings;
  private final TestAddresses testAddresses;

  EmaAddressCheck(ReviewSettings settings, TestAddresses testAddresses) {
    this.settings = settings;
    this.testAddresses = testAddresses;
  }

  @Override
  public void afterPropertiesSet() {
    testAddresses.refuseOutsideTests("EMA's quality defect address (EMA_QUALITY_DEFECT_ADDRESS)",
        List.of(settings.emaQualityDefectAddress()));
  }
}
