# NumPy의 난수로 뽑는다 (torch.manual_seed로 재현되지 않는다)
def weights_init(m: nn.Module) -> None:
    if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
        with torch.no_grad():
            m.weight.copy_(torch.from_numpy(np.random.normal(0.0, 0.02, tuple(m.weight.shape))))
    elif isinstance(m, nn.BatchNorm2d):
        with torch.no_grad():
            m.weight.copy_(torch.from_numpy(np.random.normal(1.0, 0.02, tuple(m.weight.shape))))
            m.bias.zero_()
