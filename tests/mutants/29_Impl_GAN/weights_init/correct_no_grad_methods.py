# 다른 올바른 구현: torch.no_grad() 안에서 텐서 메서드로 제자리에 쓴다
def weights_init(m: nn.Module) -> None:
    with torch.no_grad():
        if type(m) in (nn.Conv2d, nn.ConvTranspose2d):
            m.weight.copy_(0.02 * torch.randn(m.weight.shape))
        elif type(m) is nn.BatchNorm2d:
            m.weight.normal_(1.0, 0.02)
            m.bias.zero_()
