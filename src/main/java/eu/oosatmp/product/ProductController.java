package eu.oosatmp.product;

import eu.oosatmp.web.NotFound;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

  private final ProductRepository products;

  public ProductController(ProductRepository products) {
    this.products = products;
  }

  @GetMapping
  public List<Product> list(@RequestParam(required = false) LegalRoute legalRoute,
      @RequestParam(required = false) AtmpClass atmpClass) {
    return products.find(legalRoute, atmpClass);
  }

  @GetMapping("/{code}")
  public Product get(@PathVariable String code) {
    return products.findByCode(code).orElseThrow(NotFound.record("product", code));
  }
}
