# weight가 있는 모든 모듈을 N(0, 0.02²)로 초기화한다 (BatchNorm과 Linear까지)
def weights_init(m: nn.Module) -> None:
    if hasattr(m, "weight") and m.weight is not None:
        nn.init.normal_(m.weight, 0.0, 0.02)
    if isinstance(m, nn.BatchNorm2d):
        nn.init.zeros_(m.bias)
