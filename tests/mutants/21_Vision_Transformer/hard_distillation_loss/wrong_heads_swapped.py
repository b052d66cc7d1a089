# 두 헤드의 목표를 바꿔 클래스 헤드가 교사를, 증류 헤드가 정답을 배운다
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    base = F.cross_entropy(student_dist_logits, labels)
    distill = F.cross_entropy(student_cls_logits, teacher_logits.argmax(dim=1))
    return (1 - alpha) * base + alpha * distill
